import Foundation
import HeedCore
import HeedStore

/// A workspace's campaigns as admins manage them: validated, audited, activated (evaluated by the campaign job
/// from then on; events before activation never trigger it) and paused, with a report of what they sent.
public struct CampaignBook: Sendable {
    let store: any SupportStore
    let clock: any WallClock

    public init(store: any SupportStore, clock: any WallClock) {
        self.store = store
        self.clock = clock
    }

    /// Creates a draft campaign from `draft`, which must name the name, purpose, trigger and message.
    public func create(_ draft: CampaignDraft, by principal: Principal) async throws -> Campaign {
        guard let name = draft.name else { throw HeedError.invalidField("name", "is required") }
        guard let purpose = draft.purpose else { throw HeedError.invalidField("purpose", "is required") }
        guard let trigger = draft.trigger else { throw HeedError.invalidField("trigger", "is required") }
        guard let message = draft.message else { throw HeedError.invalidField("message", "is required") }
        let now = clock.now()
        let campaign = try draft.applied(to: Campaign(
            workspaceID: principal.workspaceID, name: name, purpose: purpose, trigger: trigger, message: message,
            createdAt: now)
        ).validated()
        try await store.write { writer in
            try await writer.insert(campaign)
            try await writer.insert(principal.auditEvent("campaign.created", subjectType: "campaign", subjectID: campaign.id, at: now))
        }
        return campaign
    }

    /// Applies `draft`'s fields to campaign `id`.
    public func update(id: UUID, with draft: CampaignDraft, by principal: Principal) async throws -> Campaign {
        try await change(id: id, action: "campaign.updated", by: principal) { try draft.applied(to: $0).validated() }
    }

    /// Starts evaluating campaign `id` (again): events from now on may trigger it.
    public func activate(id: UUID, by principal: Principal) async throws -> Campaign {
        let now = clock.now()
        let active = try await store.read { try await $0.activeCampaigns(workspaceID: principal.workspaceID) }
        return try await change(id: id, action: "campaign.activated", by: principal) { campaign in
            var campaign = try campaign.validated()
            guard campaign.status == .active || active.count < CampaignLimits.maxCampaigns else {
                throw HeedError.invalidField("status", "would make more than \(CampaignLimits.maxCampaigns) active campaigns")
            }
            if campaign.status != .active { campaign.activatedAt = now }
            campaign.status = .active
            return campaign
        }
    }

    /// Stops evaluating campaign `id`; messages already sent stay.
    public func pause(id: UUID, by principal: Principal) async throws -> Campaign {
        try await change(id: id, action: "campaign.paused", by: principal) { campaign in
            var campaign = campaign
            campaign.status = .paused
            return campaign
        }
    }

    /// Deletes campaign `id` and its messages.
    public func delete(id: UUID, by principal: Principal) async throws {
        let now = clock.now()
        try await store.write { writer in
            try await writer.deleteCampaign(id: id, workspaceID: principal.workspaceID)
            try await writer.insert(principal.auditEvent("campaign.deleted", subjectType: "campaign", subjectID: id, at: now))
        }
    }

    /// Campaign `id`'s sent, opened, replied and opted-out counts.
    public func report(id: UUID, workspaceID: UUID) async throws -> CampaignReport {
        try await store.read { reader in
            guard try await reader.campaign(id: id, workspaceID: workspaceID) != nil else { throw HeedError.notFound("Campaign") }
            return try await reader.campaignReport(campaignID: id, workspaceID: workspaceID)
        }
    }

    private func change(
        id: UUID, action: String, by principal: Principal, _ body: @escaping @Sendable (Campaign) throws -> Campaign
    ) async throws -> Campaign {
        let now = clock.now()
        return try await store.write { writer in
            guard let existing = try await writer.campaign(id: id, workspaceID: principal.workspaceID) else {
                throw HeedError.notFound("Campaign")
            }
            var campaign = try body(existing)
            campaign.updatedAt = now
            try await writer.update(campaign)
            try await writer.insert(principal.auditEvent(action, subjectType: "campaign", subjectID: id, at: now))
            return campaign
        }
    }
}
