import HeedStore
