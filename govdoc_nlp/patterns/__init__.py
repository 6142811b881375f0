"""Pattern data (word lists in :mod:`lexicon`) and the regular expressions compiled from them
(:mod:`compiled`)."""
