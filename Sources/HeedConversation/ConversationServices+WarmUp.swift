import Foundation
import HeedCore
import HeedStore

extension ConversationServices {
    /// Loads what the workspaces have into memory, once the store is migrated: their own model providers, their
    /// learned routing models and their articles in the knowledge index. Returns how many articles it indexed.
    public func warmUp() async throws -> Int {
        let workspaceIDs = try await store.read { try await $0.workspaceIDs() }
        var indexed = 0
        for workspaceID in workspaceIDs {
            if let settings = try await store.read({ try await $0.workspace(id: workspaceID) })?.modelProvider {
                useProvider(settings, workspaceID: workspaceID)
            }
            try await loadRoutingModel(workspaceID: workspaceID)
            let articles = try await store.read { try await ArticleImporter.allArticles(workspaceID: workspaceID, reader: $0) }
            knowledge.upsert(articles)
            indexed += articles.count
        }
        return indexed
    }

    /// Loads a workspace's learned routing model. A model this build cannot read (an older or newer file format)
    /// is trained again from its stored examples.
    func loadRoutingModel(workspaceID: UUID) async throws {
        guard let model = try await store.read({ try await $0.routingModel(workspaceID: workspaceID) }) else { return }
        do {
            try learnedRouting.use(model, for: workspaceID)
        } catch {
            logger.warning(
                "Routing model unreadable; training it again from its examples",
                metadata: ["workspace.id": "\(workspaceID)", "error.type": "\(type(of: error))"])
            let teams = try await store.read {
                try await $0.teams(workspaceID: workspaceID, page: PageRequest(limit: PageRequest.maximumLimit)).items
            }
            guard let retrained = try? LearnedRouting.train(
                model.examples, teams: teams, workspaceID: workspaceID, now: clock.now())
            else { return }
            try await store.write { try await $0.save(retrained) }
            try learnedRouting.use(retrained, for: workspaceID)
        }
    }
}

extension ConversationServices {
    /// Embeds every workspace's passages on a thread of its own (it takes a while on a small machine), then turns
    /// dense-first retrieval on; until then answers use lexical retrieval. Call after ``warmUp()`` on a knowledge
    /// base whose dense retrieval was deferred.
    public func enableDenseRetrievalInBackground() async throws {
        guard let encoder = knowledge.encoder, !knowledge.isDense else { return }
        let started = ContinuousClock.now
        let articles = try await allArticles()
        // The forward pass is long CPU work: off the cooperative pool, so requests keep being served meanwhile.
        await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
            Thread.detachNewThread { [knowledge] in
                knowledge.precomputeEmbeddings(articles)
                done.resume()
            }
        }
        knowledge.enableDenseRetrieval(try await allArticles())
        logger.info(
            "Passages embedded: dense-first retrieval on",
            metadata: [
                "knowledge.passages": "\(encoder.cachedCount)",
                "knowledge.embed_ms": "\((ContinuousClock.now - started) / .milliseconds(1))",
            ])
    }

    private func allArticles() async throws -> [Article] {
        var articles: [Article] = []
        for workspaceID in try await store.read({ try await $0.workspaceIDs() }) {
            articles += try await store.read { try await ArticleImporter.allArticles(workspaceID: workspaceID, reader: $0) }
        }
        return articles
    }
}
