"""Demo content for Met Andere Ogen, written from the network's own texts (`seeds/`).

`taxonomy` and `content` hold the words; `practices` builds practice examples from
realistic building blocks; `media` draws decorative images and tiny PDFs; `builder`
puts it all in the page tree for `manage.py seed_demo`.
"""
