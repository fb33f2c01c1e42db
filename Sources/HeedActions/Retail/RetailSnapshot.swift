import Foundation
import HeedCore
import HeedStore
import Logging

/// A retail data set loaded once into a template SQLite file, handed out as fresh, independent copies (a file copy
/// each), so every evaluation task starts from the same state quickly.
public struct RetailSnapshot: Sendable {
    /// The folder holding the template and the copies; removed by ``remove()``.
    let folder: URL
    let template: URL
    public let workspaceID: UUID
    let logger: Logger

    /// Loads `dataset` into a new template in a temporary folder.
    public static func make(_ dataset: RetailDataset, logger: Logger) async throws -> RetailSnapshot {
        let base = FileManager.default.fileExists(atPath: "/dev/shm") ? URL(fileURLWithPath: "/dev/shm")
            : FileManager.default.temporaryDirectory
        let folder = base.appendingPathComponent("heed-retail-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let template = folder.appendingPathComponent("template.sqlite")
        let workspace = Workspace(name: "Retail evaluation", publicKey: "pk_eval_\(UUID().uuidString)", createdAt: Date())
        try await StoreOpener.withStore(.sqlite(path: template.path), logger: logger) { store in
            try await store.write { try await $0.insert(workspace) }
            _ = try await RetailImporter(store: store).load(dataset, into: workspace.id)
        }
        return RetailSnapshot(folder: folder, template: template, workspaceID: workspace.id, logger: logger)
    }

    /// Runs `body` on a fresh copy of the template, then deletes the copy.
    public func withFreshCopy<T: Sendable>(_ body: @Sendable (any SupportStore, UUID) async throws -> T) async throws -> T {
        let copy = folder.appendingPathComponent("copy-\(UUID().uuidString).sqlite")
        try FileManager.default.copyItem(at: template, to: copy)
        defer {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: copy.path + suffix) }
        }
        let opened = try await StoreOpener.open(.sqlite(path: copy.path), logger: logger)
        do {
            let result = try await body(opened.store, workspaceID)
            try await opened.store.shutdown()
            return result
        } catch {
            try? await opened.store.shutdown()
            throw error
        }
    }

    /// Deletes the template and its folder.
    public func remove() {
        try? FileManager.default.removeItem(at: folder)
    }
}
