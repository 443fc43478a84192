"""Prior-report index: parsing, chunking, embedding and retrieval of earlier reports."""
