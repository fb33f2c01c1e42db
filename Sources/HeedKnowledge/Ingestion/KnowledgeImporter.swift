/// The changes a re-import makes to what is indexed.
public struct KnowledgeImportPlan: Sendable {
    /// Documents that were not indexed before.
    public var added: [KnowledgeDocument]
    /// Documents whose content changed (their `version` is one more than before; learned questions are kept).
    public var updated: [KnowledgeDocument]
    /// Ids of documents that are unchanged.
    public var unchanged: [String]
    /// Ids of documents that came from the imported sources but are gone from them.
    public var removed: [String]

    /// Whether the plan changes nothing.
    public var isEmpty: Bool { added.isEmpty && updated.isEmpty && removed.isEmpty }
}

/// Compares freshly loaded documents with what is indexed and plans the changes: add, update, remove.
public enum KnowledgeImporter {
    /// Plans a re-import of `incoming` documents loaded from `scopes` (absolute file or folder paths) against the
    /// `existing` documents of the same workspace. A document is removed when its `sourcePath` lies inside one of
    /// the scopes but it is not among the incoming ones.
    public static func plan(incoming: [KnowledgeDocument], existing: [KnowledgeDocument], scopes: [String]) -> KnowledgeImportPlan {
        let existingByID = Dictionary(existing.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var plan = KnowledgeImportPlan(added: [], updated: [], unchanged: [], removed: [])
        var incomingIDs = Set<String>()
        for var document in incoming {
            incomingIDs.insert(document.id)
            guard let old = existingByID[document.id] else {
                plan.added.append(document)
                continue
            }
            document.learnedQuestions = Array(Set(old.learnedQuestions).union(document.learnedQuestions)).sorted()
            if old.contentFingerprint == document.contentFingerprint, old.sourcePath == document.sourcePath {
                if document.learnedQuestions != old.learnedQuestions {
                    document.version = old.version
                    plan.updated.append(document)
                } else {
                    plan.unchanged.append(document.id)
                }
            } else {
                document.version = old.version + 1
                plan.updated.append(document)
            }
        }
        for document in existing where !incomingIDs.contains(document.id) {
            guard let source = document.sourcePath, scopes.contains(where: { contains(scope: $0, path: source) }) else { continue }
            plan.removed.append(document.id)
        }
        return plan
    }

    private static func contains(scope: String, path: String) -> Bool {
        path == scope || path.hasPrefix(scope.hasSuffix("/") ? scope : scope + "/")
    }
}
