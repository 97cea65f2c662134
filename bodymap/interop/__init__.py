"""Open data in and out: the lossless JSON archive, FHIR R4 bundles and research CSV.

Plain Python above storage: records are read and written through the storage repositories
(its guarded session), never around them.
"""
