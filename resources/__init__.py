"""Data files that ship with cxmapper (catalogue, samples, translations, fonts, icons, schema).

Installed as the ``cxmapper.resources`` package; read them with ``importlib.resources``.
"""
