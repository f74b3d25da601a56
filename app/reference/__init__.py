"""The store's own data over the wire and on disk: the reference tree, brands and warehouses
downloaded (`fetching`), kept in the user cache (`cache`) and gathered for a table (`gather`).
No Qt; workers return what they found and the table's owner applies it."""

from app.reference.cache import is_stale, load_tree, save_tree
from app.reference.fetching import FetchCancelled, brand_key, fetch_tree, search_brands
from app.reference.gather import Gathered, count_types, gather_store_data, vanished_ids
from app.reference.notes import Note

__all__ = [
    "FetchCancelled",
    "Gathered",
    "Note",
    "brand_key",
    "count_types",
    "fetch_tree",
    "gather_store_data",
    "is_stale",
    "load_tree",
    "save_tree",
    "search_brands",
    "vanished_ids",
]
