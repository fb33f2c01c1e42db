import Foundation
import HeedCore
import HeedStore
import HeedTestSupport
import Testing

/// Automation rules, on SQLite and PostgreSQL.
@Suite("Rule store contract")
struct RuleStoreTests {
    static func rule(
        _ workspace: Workspace, _ name: String, trigger: RuleTrigger, enabled: Bool = true, at offset: Double
    ) -> Rule {
        Rule(
            workspaceID: workspace.id, name: name, isEnabled: enabled, trigger: trigger,
            condition: .all([
                .test(RuleTest(.messageEmotion, .equals, .string("anger"))),
                .any([.test(RuleTest(.messageLanguage, .equals, .string("vi"))), .not(.test(RuleTest(.customerTier, .equals, .string("vip"))))]),
            ]),
            actions: [.setPriority(.p1), .addNote(MessageTemplate(["en": "Angry: {{customer.name}}"])),
                      .callWebhook(url: "https://hooks.example/heed", secret: "s3cret-s3cret-s3cret")],
            createdAt: Fixtures.now.addingTimeInterval(offset))
    }

    @Test("Rules round-trip with their condition tree and actions, and are listed oldest first", arguments: TestStores.engines)
    func roundTrip(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let workspace = Fixtures.workspace()
            let first = Self.rule(workspace, "first", trigger: .messageCreated, at: 1)
            let second = Self.rule(workspace, "second", trigger: .conversationCreated, at: 2)
            try await store.write { writer in
                try await writer.insert(workspace)
                try await writer.insert(second)
                try await writer.insert(first)
            }
            #expect(try await store.read { try await $0.rule(id: first.id, workspaceID: workspace.id) } == first)
            let listed = try await store.read { try await $0.rules(workspaceID: workspace.id, page: PageRequest(limit: 10)) }
            #expect(listed.items.map(\.name) == ["first", "second"])
        }
    }

    @Test("Enabled rules are found by trigger, in order; disabled and other workspaces' rules are not", arguments: TestStores.engines)
    func enabledByTrigger(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let workspace = Fixtures.workspace()
            let other = Fixtures.workspace("Other")
            let late = Self.rule(workspace, "late", trigger: .messageCreated, at: 3)
            let early = Self.rule(workspace, "early", trigger: .messageCreated, at: 1)
            let off = Self.rule(workspace, "off", trigger: .messageCreated, enabled: false, at: 2)
            let created = Self.rule(workspace, "created", trigger: .conversationCreated, at: 4)
            let foreign = Self.rule(other, "foreign", trigger: .messageCreated, at: 0)
            try await store.write { writer in
                try await writer.insert(workspace)
                try await writer.insert(other)
                for rule in [late, early, off, created, foreign] { try await writer.insert(rule) }
            }
            let found = try await store.read { try await $0.enabledRules(workspaceID: workspace.id, trigger: .messageCreated) }
            #expect(found.map(\.name) == ["early", "late"])
            var enabled = off
            enabled.isEnabled = true
            try await store.write { [enabled] in try await $0.update(enabled) }
            let after = try await store.read { try await $0.enabledRules(workspaceID: workspace.id, trigger: .messageCreated) }
            #expect(after.map(\.name) == ["early", "off", "late"])
            #expect(try await store.read { try await $0.rule(id: foreign.id, workspaceID: workspace.id) } == nil)
        }
    }

    @Test("Deleting a rule removes it; deleting it again is not found", arguments: TestStores.engines)
    func delete(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let workspace = Fixtures.workspace()
            let rule = Self.rule(workspace, "gone", trigger: .ratingReceived, at: 1)
            try await store.write { writer in
                try await writer.insert(workspace)
                try await writer.insert(rule)
            }
            try await store.write { try await $0.deleteRule(id: rule.id, workspaceID: workspace.id) }
            #expect(try await store.read { try await $0.rule(id: rule.id, workspaceID: workspace.id) } == nil)
            await #expect(throws: HeedError.notFound("Rule")) {
                try await store.write { try await $0.deleteRule(id: rule.id, workspaceID: workspace.id) }
            }
        }
    }
}

/// Macros (canned replies), on SQLite and PostgreSQL.
@Suite("Macro store contract")
struct MacroStoreTests {
    @Test("Macros round-trip with their texts, list by age, keep names unique per workspace and delete", arguments: TestStores.engines)
    func macros(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let workspace = Fixtures.workspace()
            let other = Fixtures.workspace("Other")
            let refund = Macro(
                workspaceID: workspace.id, name: "Refund sent",
                text: MessageTemplate(["en": "Hi {{customer.first_name}}, your refund is on its way.", "vi": "Chào {{customer.first_name}}, tiền hoàn đang được chuyển."]),
                createdAt: Fixtures.now)
            let thanks = Macro(workspaceID: workspace.id, name: "Thanks", text: MessageTemplate(["ms": "Terima kasih!"]), createdAt: Fixtures.now.addingTimeInterval(1))
            let sameNameElsewhere = Macro(workspaceID: other.id, name: "Refund sent", text: MessageTemplate(["en": "x"]), createdAt: Fixtures.now)
            try await store.write { writer in
                try await writer.insert(workspace)
                try await writer.insert(other)
                for macro in [thanks, refund, sameNameElsewhere] { try await writer.insert(macro) }
            }
            #expect(try await store.read { try await $0.macro(id: refund.id, workspaceID: workspace.id) } == refund)
            #expect(try await store.read { try await $0.macro(id: refund.id, workspaceID: other.id) } == nil)
            let listed = try await store.read { try await $0.macros(workspaceID: workspace.id, page: PageRequest(limit: 10)) }
            #expect(listed.items.map(\.name) == ["Refund sent", "Thanks"])
            await #expect(throws: HeedError.self) {
                try await store.write {
                    try await $0.insert(Macro(workspaceID: workspace.id, name: "refund SENT", text: MessageTemplate(["en": "y"]), createdAt: Fixtures.now))
                }
            }
            try await store.write { try await $0.deleteMacro(id: thanks.id, workspaceID: workspace.id) }
            #expect(try await store.read { try await $0.macros(workspaceID: workspace.id, page: PageRequest(limit: 10)) }.items == [refund])
        }
    }
}
