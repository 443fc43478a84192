"""The HTTP service: FastAPI app (``app.create_app``), keys and roles, uploads, drafting jobs, versions, web page."""
