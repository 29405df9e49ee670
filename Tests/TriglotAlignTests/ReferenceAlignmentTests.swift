import Foundation
import Testing
import TriglotAlign
import TriglotText

@Suite("Reference alignment (gold.json)")
struct ReferenceAlignmentTests {
  @Test func decodesGroupsAndBoilerplate() throws {
    let json = """
      {"version": 1, "title": "t", "clean": true,
       "boilerplate": {"uk": [0], "en": [], "ru": [0]},
       "groups": [{"uk": [0], "en": [], "ru": []}, {"uk": [], "en": [], "ru": [0]},
                  {"uk": [1, 2], "en": [0], "ru": [1]}],
       "differences": []}
      """
    let reference = try ReferenceAlignment(json: Data(json.utf8), source: "gold.json")
    #expect(reference.groups.count == 3)
    #expect(reference.groups[2][.uk] == [1, 2])
    #expect(reference.groups[2][.en] == [0])
    #expect(reference.boilerplate[.ru] == [0])
  }

  @Test func namesTheFileWhenInvalid() {
    #expect {
      try ReferenceAlignment(json: Data("{\"version\":1}".utf8), source: "a/gold.json")
    } throws: { error in
      let message = (error as? LocalizedError)?.errorDescription ?? ""
      return message.contains("a/gold.json") && message.contains("groups")
    }
  }
}
