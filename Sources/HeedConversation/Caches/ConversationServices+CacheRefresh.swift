import Foundation
import HeedCore
import HeedStore

extension ConversationServices {
    /// Reloads what another node changed (an article, the knowledge base, provider settings, the routing model)
    /// from the store into this node's caches. Events this node published are skipped: it updated its caches as
    /// it made the change.
    func refreshCache(on event: BusEvent) async {
        guard let change = CacheChange(rawValue: event.kind), event.origin != events.bus.nodeID else { return }
        let workspaceID = event.workspaceID
        do {
            switch change {
            case .article:
                guard let id = event.subjectID else { return }
                if let article = try await store.read({ try await $0.article(id: id, workspaceID: workspaceID) }) {
                    knowledge.upsert([article])
                } else {
                    knowledge.remove(articleID: id, workspaceID: workspaceID)
                }
            case .articleRemoved:
                guard let id = event.subjectID else { return }
                knowledge.remove(articleID: id, workspaceID: workspaceID)
            case .knowledge:
                let articles = try await store.read {
                    try await ArticleImporter.allArticles(workspaceID: workspaceID, reader: $0)
                }
                knowledge.replace(workspaceID: workspaceID, with: articles)
            case .modelProvider:
                let settings = try await store.read { try await $0.workspace(id: workspaceID) }?.modelProvider
                useProvider(settings, workspaceID: workspaceID)
            case .rules:
                return
            case .routingModel:
                if try await store.read({ try await $0.routingModel(workspaceID: workspaceID) }) == nil {
                    try learnedRouting.use(nil, for: workspaceID)
                } else {
                    try await loadRoutingModel(workspaceID: workspaceID)
                }
            }
        } catch {
            logger.error(
                "Cache refresh failed; this node keeps the old copy",
                metadata: ["cache.change": "\(change.rawValue)", "workspace.id": "\(workspaceID)",
                    "error.type": "\(type(of: error))"])
        }
    }
}
