"""Generation: the resolved spec in, the generated package out.

The generator's process, its IR, the facade, and the fake API's data.
"""
