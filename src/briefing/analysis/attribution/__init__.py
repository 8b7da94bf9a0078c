"""The parts of the sources analysis, one concept per module (see ``analysis.sources``)."""
