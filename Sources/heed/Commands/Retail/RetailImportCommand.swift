import ArgumentParser
import Foundation
import HeedActions
import HeedCore
import HeedServer
import HeedStore
import Logging

/// `heed import retail --data DIR`: loads a retail data set (users.json, products.json, orders.json) into a
/// workspace — by default the retail demo workspace, created when missing.
struct RetailImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retail", abstract: "Load users.json, products.json and orders.json into a workspace.")

    @Option(help: "The folder with users.json, products.json and orders.json (default ../shared/data/tau_bench_retail).")
    var data: String = RetailDemoSeeder.defaultDataFolder

    @Option(help: "Workspace (its id or public key; default: the retail demo workspace, created when missing).")
    var workspace: String?

    @OptionGroup var store: StoreOptions

    @Flag(help: "Print the result as JSON.")
    var json = false

    func run() async throws {
        let dataset: RetailDataset
        do {
            dataset = try RetailDataset.load(from: URL(fileURLWithPath: data))
        } catch let error as HeedError {
            throw ValidationError(error.message)
        }
        let logger = {
            var logger = Logger(label: "heed.import")
            logger.logLevel = .warning
            return logger
        }()
        let location = try DatabaseLocation.resolve(
            databaseURL: store.resolvedDatabaseURL, dataDirectory: store.resolvedDataDirectory)
        let requested = workspace
        let (summary, target, secret) = try await StoreOpener.withStore(location, logger: logger) { store in
            var secret: String?
            let target: Workspace
            if let requested {
                target = try await StoreKnowledgeBase.resolve(requested, store: store)
            } else {
                let seeded = try await RetailDemoSeeder(store: store, logger: logger).ensureWorkspace(adminSecret: nil)
                target = seeded.workspace
                secret = seeded.adminSecret
            }
            let total = dataset.userCount + dataset.productCount + dataset.orderCount
            let bar = ProgressBox(TerminalProgress(label: "importing", total: total))
            let summary = try await RetailImporter(store: store).load(dataset, into: target.id) { done, total in
                bar.update(done, detail: "\(done)/\(total) records")
            }
            bar.finish()
            return (summary, target, secret)
        }
        if json {
            try printJSON([
                "customers": summary.customers, "products": summary.products, "orders": summary.orders,
                "workspace": target.publicKey,
            ])
        } else {
            print(
                "imported \(summary.customers) customers, \(summary.products) products, \(summary.orders) orders into workspace \(target.name) (\(target.publicKey))"
            )
            if let secret { print("admin API key of the new workspace: \(secret)") }
        }
    }
}

/// A progress bar shared with the importer's callback.
final class ProgressBox: @unchecked Sendable {
    private let progress: TerminalProgress
    private let lock = NSLock()

    init(_ progress: TerminalProgress) {
        self.progress = progress
    }

    func update(_ done: Int, detail: String) { lock.withLock { progress.update(done, detail: detail) } }
    func finish() { lock.withLock { progress.finish() } }
}
