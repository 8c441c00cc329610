"""The pure domain: records, rules and maths. No I/O, no store, no Textual."""
