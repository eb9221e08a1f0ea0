@_exported import DriftAlignSources
