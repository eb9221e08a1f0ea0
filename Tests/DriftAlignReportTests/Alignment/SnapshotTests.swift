import DriftAlignReport
import Testing

/// The JSON and TMX of the sample alignment against recorded files (see ``Snapshot``), so any
/// change to the output, wanted or not, shows as a diff.
@Suite struct SnapshotTests {
    @Test(arguments: ["tariffs.json", "tariffs.tmx"])
    func matchesRecording(_ name: String) throws {
        let a = SampleAlignments.tariffs()
        let actual = name.hasSuffix(".json") ? try AlignmentJSONWriter().write(a)
            : try TMXWriter(date: SampleAlignments.tmxDate).write(a)
        let recorded = try #require(try Snapshot.recorded(name, actual: actual),
                                    "no snapshot \(name): run with DRIFTALIGN_RECORD_SNAPSHOTS=1")
        #expect(actual == recorded, "re-record with DRIFTALIGN_RECORD_SNAPSHOTS=1 if the change is intended")
    }
}
