import DriftAlignAligner
import Testing

/// Headings that declare what their section translates, as French newsrooms write them.
@Suite struct DeclaredSourceTests {
    @Test func headingsThatDeclareASource() {
        let cases: [(String, String)] = [
            ("Compte-rendu du Kremlin", "Kremlin"),
            ("Compte-rendu de la Maison-Blanche ", "Maison-Blanche"),
            ("Compte rendu officiel du Kremlin", "Kremlin"),
            ("Le communiqué de la Maison-Blanche :", "Maison-Blanche"),
            ("Texte intégral du message de Donald Trump", "Donald Trump"),
            ("La déclaration de l’Élysée", "Élysée"),
            ("Readout from the White House", "White House"),
        ]
        for (heading, issuer) in cases {
            #expect(DeclaredSource.parse(heading)?.issuer == issuer, "\(heading)")
        }
    }

    @Test func headingsThatDoNot() {
        for heading in ["Déclaration de guerre", "Le contexte", "Message reçu", "Ce que dit le Kremlin", "Compte-rendu",
                        "Les réactions à Kiev", "Traduction automatique"] {
            #expect(DeclaredSource.parse(heading) == nil, "\(heading)")
        }
    }

    @Test func issuersMeetTheirOriginalsNames() {
        let kremlin = DeclaredSource(issuer: "Kremlin"), whiteHouse = DeclaredSource(issuer: "Maison-Blanche")
        let trump = DeclaredSource(issuer: "Donald Trump")
        #expect(kremlin.isNamed(by: ["Kremlin", "Кремль"]))
        #expect(whiteHouse.isNamed(by: ["The White House", "White House", "Maison-Blanche"]))
        #expect(trump.isNamed(by: ["Donald J. Trump", "Truth Social"]))
        #expect(!whiteHouse.isNamed(by: ["Donald J. Trump", "Truth Social"]))
        #expect(!kremlin.isNamed(by: ["The White House", "Maison-Blanche"]))
        #expect(!trump.isNamed(by: ["Melania Trump"]))
    }
}
