import Foundation
import HeedKnowledge

/// The CLI's knowledge base: a ``KnowledgeIndex`` persisted as a snapshot under `<data-dir>/knowledge`.
struct LocalKnowledgeBase {
    let snapshot: KnowledgeIndexSnapshot
    var index: KnowledgeIndex

    init(dataDirectory: String) throws {
        let directory = URL(fileURLWithPath: dataDirectory).appendingPathComponent("knowledge")
        snapshot = KnowledgeIndexSnapshot(directory: directory)
        index = try snapshot.load()
    }

    func save() throws {
        try snapshot.save(index)
    }
}
