import DriftAlignCore
import Testing

/// SHA-256 against the FIPS 180-4 examples (NIST "Example Algorithms", SHA-256: one block, the
/// empty message, the two-block 448-bit message) and the 896-bit message of FIPS 180-2 App. B.
@Suite struct SHA256Tests {
    func hex(_ s: String) -> String { SHA256.hex(SHA256.digest(Array(s.utf8))) }

    @Test func knownAnswers() {
        #expect(hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(hex("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu")
                == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
    }
}
