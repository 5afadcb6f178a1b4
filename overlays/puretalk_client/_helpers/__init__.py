"""Hand-written helpers of the resource namespaces; the namespaces themselves are derived from the spec.

``client.calls``, ``client.assistants``… are classes that ``nox -s generate`` renders
into ``puretalk_client._generated.resources`` from the spec and the overlay's names. A resource
whose overlay entry names a ``helpers`` module (``x-puretalk-resources``) inherits
that module's ``SyncHelpers`` / ``AsyncHelpers``: methods a person adds on top of
the spec's operations, such as ``tts.synthesize_to_file``.
"""
