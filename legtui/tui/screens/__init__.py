"""The screens: thin — a key, an action, a store or domain call, a re-render."""
