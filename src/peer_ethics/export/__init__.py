"""Export: a code's redline and change list as terminal text, HTML, Markdown and .docx."""
