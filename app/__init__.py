"""Toco Uploader: bulk-upload and delete Toco marketplace products from Excel workbooks."""

__version__ = "0.1.0"
