"""Demo content for Met Andere Ogen, written from the network's own texts (`seeds/`).

`content` holds the words (the controlled vocabularies are in `taxonomy.vocabularies`,
the images and PDFs are drawn by `core.sample_media`); the practice examples are data,
`data/practices.jsonl`, written by the importer users have (`practices`); `builder`
puts it all in the page tree for `manage.py seed_demo`. The top layer: it imports
every feature app, none imports it.
"""
