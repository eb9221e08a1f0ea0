/// DriftAlignCore: the document model, input decoding, ICU segmentation and text normalization.
///
/// Everything above it (plugins, encoder, aligner, drift, reports, CLI) speaks in ``Document``,
/// ``Sentence`` and Unicode-scalar offsets defined here.
public enum DriftAlignVersion {
    public static let string = "0.1.0"
}
