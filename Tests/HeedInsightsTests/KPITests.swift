import Foundation
import HeedCore
import HeedInsights
import HeedStore
import HeedTestSupport
import Testing

/// Every KPI on the hand-built ``ReferenceHistory``, stored and read back on both engines; each expected figure is
/// worked out by hand from the history's comments.
@Suite("Insights: KPIs on a hand-built history")
struct KPITests {
    /// Stores the reference history in a fresh workspace and returns the period's summary report.
    static func summary(_ store: some SupportStore, zone: String = "UTC") async throws -> SummaryReport {
        let workspaceID = try await seed(store, zone: zone)
        let reports = Reports(store: store, clock: FixedClock(instant: ReferenceHistory.asOf))
        return try await reports.summary(workspaceID: workspaceID, period: ReferenceHistory.period)
    }

    static func seed(_ store: some SupportStore, zone: String = "UTC") async throws -> UUID {
        var workspace = Workspace(name: "Reports", publicKey: "pk_\(UUID().uuidString)", createdAt: ReferenceHistory.t0)
        workspace.policy.reporting = ReferenceHistory.policy
        workspace.policy.reporting.timeZone = zone
        let seeded = workspace
        try await store.write { writer in
            try await writer.insert(seeded)
            try await writer.insert(reportEvents: ReferenceHistory.events(workspaceID: seeded.id))
        }
        return workspace.id
    }

    @Test("Volumes: seven conversations in the period, one in the previous, two handed off, three resolved", arguments: TestStores.engines)
    func volumes(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let report = try await Self.summary(store)
            #expect(report.current.conversations == 7)
            #expect(report.current.handedOff == 2)
            #expect(report.current.resolved == 3)
            #expect(report.previous.conversations == 1)
        }
    }

    @Test("First response: human from creation or hand-off (600 and 1,200 s), AI apart (60, 30, 60, 60, 15, 60 s)", arguments: TestStores.engines)
    func firstResponse(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let kpis = try await Self.summary(store).current
            #expect(kpis.firstResponseSeconds == 900)
            #expect(kpis.aiFirstResponseSeconds == 47.5)
        }
    }

    @Test("Resolution: first 240, 1,980, 1,860 s; full (after the reopen) 240, 1,980, 4,200 s", arguments: TestStores.engines)
    func resolution(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let kpis = try await Self.summary(store).current
            #expect(kpis.firstResolutionSeconds == 1_360)
            #expect(kpis.fullResolutionSeconds == 2_140)
        }
    }

    @Test("Handle time counts assigned-and-open spans only: 1,800 and 3,600 s", arguments: TestStores.engines)
    func handleTime(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let kpis = try await Self.summary(store).current
            #expect(kpis.handleSeconds == 2_700)
        }
    }

    @Test("First-contact resolution: the reopened, two-agent conversation fails it — 2 of 3", arguments: TestStores.engines)
    func firstContactResolution(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let kpis = try await Self.summary(store).current
            #expect(kpis.firstContactResolution == 2.0 / 3.0)
        }
    }

    @Test("CSAT: one 5 and one 3 — 0.5, rated on 2 of 3 resolved; NPS 9, 10, 6 — 33.3 points", arguments: TestStores.engines)
    func surveys(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let kpis = try await Self.summary(store).current
            #expect(kpis.csat == 0.5)
            #expect(kpis.csatResponses == 2)
            #expect(kpis.csatResponseRate == 2.0 / 3.0)
            #expect(kpis.npsResponses == 3)
            #expect(abs((kpis.nps ?? 0) - 100.0 / 3.0) < 1e-9)
        }
    }

    @Test("AI resolution: silence past the window and 👍 count; a follow-up, 👎 or a hand-off do not; small talk is not an answer — 2 of 5", arguments: TestStores.engines)
    func aiResolution(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let report = try await Self.summary(store)
            #expect(report.current.aiResolved == 2)
            #expect(report.current.aiResolutionRate == 0.4)
            #expect(report.previous.aiResolutionRate == 1)
        }
    }

    @Test("Hand-off 2/7, deflection 5/7, reopen 1 of 3 resolved", arguments: TestStores.engines)
    func rates(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let kpis = try await Self.summary(store).current
            #expect(kpis.handoffRate == 2.0 / 7.0)
            #expect(kpis.deflectionRate == 5.0 / 7.0)
            #expect(kpis.reopenRate == 1.0 / 3.0)
        }
    }

    @Test("SLA attainment: both of C's targets met, one of D's — 3 of 4", arguments: TestStores.engines)
    func serviceLevels(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let kpis = try await Self.summary(store).current
            #expect(kpis.slaAttainment == 0.75)
        }
    }

    @Test("Cost: 0.5 + 0.5 (AI) + 15 + 30 (agent hours) over 7 conversations", arguments: TestStores.engines)
    func cost(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let kpis = try await Self.summary(store).current
            #expect(kpis.totalCost == 46)
            #expect(abs((kpis.costPerConversation ?? 0) - 46.0 / 7.0) < 1e-9)
        }
    }

    @Test("AI and humans side by side on the same measures", arguments: TestStores.engines)
    func comparison(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let comparison = try await Self.summary(store).comparison
            #expect(comparison.ai.conversations == 5)
            #expect(comparison.ai.aiResolutionRate == 0.5)
            #expect(comparison.ai.firstResponseSeconds == nil)
            #expect(comparison.ai.fullResolutionSeconds == 240)
            #expect(comparison.human.conversations == 2)
            #expect(comparison.human.firstResponseSeconds == 900)
            #expect(comparison.human.fullResolutionSeconds == 3_090)
            #expect(comparison.human.costPerConversation == 22.5)
        }
    }
}
