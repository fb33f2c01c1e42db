import Foundation
import HeedActions
import HeedConversation
import HeedCore
import HeedStore
import HeedTestSupport
import Testing

/// The provider's tool-calling loop against a scripted OpenAI-compatible server: the model gets the tools, asks for
/// calls, and Heed runs them under the same policy as the embedded engine, returning `role: tool` results.
@Suite("Model tool loop")
struct ModelToolLoopTests {
    @Test("A read the model asks for runs, and its result reaches the model's final reply", arguments: TestStores.engines)
    func readRuns(engine: StoreEngineKind) async throws {
        try await RetailFixture.withLoaded(engine) { loaded in
            let script: [ScriptedProvider.Reply] = [
                ScriptedProvider.toolCalls([("get_order_details", ##"{"order_id":"#W1000002"}"##)]),
                ScriptedProvider.completion("Your order #W1000002 was delivered; tracking 123456789012."),
            ]
            try await ModelChat.run(loaded, as: "ana_lee_1001", script: script) { chat, provider in
                let reply = try #require(try await chat.say("Where is my order #W1000002?"))

                #expect(reply.text == "Your order #W1000002 was delivered; tracking 123456789012.")
                #expect(reply.toolCalls.map(\.tool) == ["get_order_details"])
                #expect(reply.toolCalls.first?.outcome == .completed)
                #expect(reply.toolCalls.first?.summary == "order #W1000002: delivered")
                let bodies = await provider.requestBodies
                #expect(bodies.count == 2)
                #expect(bodies[0].contains(#""name":"cancel_pending_order""#), "the model gets the tools")
                #expect(bodies[0].contains(#""tool_choice":"auto""#))
                let results = try await provider.toolResults(inRequest: 1)
                #expect(results.count == 1)
                #expect(results.first?.contains(#""status":"delivered""#) == true)
                #expect(results.first?.contains("123456789012") == true)
                #expect(bodies[1].contains(#""tool_call_id":"call_1""#))
                let audits = try await chat.dialogue.toolAudits()
                #expect(audits.map { $0.details["tool"] } == [.string("get_order_details")])
                #expect(audits.first?.details["outcome"] == .string("completed"))
            }
        }
    }

    @Test("A write without the customer's yes is refused and not executed; after a yes it runs once", arguments: TestStores.engines)
    func writeNeedsYes(engine: StoreEngineKind) async throws {
        try await RetailFixture.withLoaded(engine) { loaded in
            let cancel = ("cancel_pending_order", ##"{"order_id":"#W1000001","reason":"no longer needed"}"##)
            let script: [ScriptedProvider.Reply] = [
                // Turn 1: the model tries to cancel at once, twice.
                ScriptedProvider.toolCalls([cancel]), ScriptedProvider.toolCalls([cancel]),
                ScriptedProvider.completion("Order #W1000001 will be cancelled. Shall I go ahead?"),
                // Turn 2: no yes, the model tries anyway.
                ScriptedProvider.toolCalls([cancel]), ScriptedProvider.completion("Please reply yes to confirm."),
                // Turn 3: yes.
                ScriptedProvider.toolCalls([cancel]), ScriptedProvider.completion("Done: cancelled."),
            ]
            try await ModelChat.run(loaded, as: "ana_lee_1001", script: script) { chat, provider in
                let proposal = try #require(try await chat.say("Cancel order #W1000001"))
                #expect(proposal.toolCalls.map(\.outcome) == [.confirmationNeeded, .confirmationNeeded])
                #expect(try await loaded.order("#W1000001").status == .pending)
                let refusals = try await provider.toolResults(inRequest: 2)
                #expect(refusals.count == 2)
                #expect(refusals.allSatisfy { $0.contains("the customer has not confirmed this change") })
                #expect(refusals.first?.contains("Cancel order #W1000001") == true, "the model is told what will change: \(refusals)")

                _ = try #require(try await chat.say("what happens to my refund?"))
                #expect(try await loaded.order("#W1000001").status == .pending, "no yes, no write")

                let done = try #require(try await chat.say("yes"))
                #expect(done.text == "Done: cancelled.")
                #expect(done.toolCalls.map(\.outcome) == [.completed])
                #expect(try await loaded.order("#W1000001").status == .cancelled)
                let writes = try await chat.dialogue.confirmedWrites()
                #expect(writes.count == 1)
                #expect(writes.first?.details["result"] == .string("order #W1000001: cancelled"))
            }
        }
    }

    @Test("A call on another customer's order is refused and changes nothing", arguments: TestStores.engines)
    func otherCustomersOrder(engine: StoreEngineKind) async throws {
        try await RetailFixture.withLoaded(engine) { loaded in
            let script: [ScriptedProvider.Reply] = [
                ScriptedProvider.toolCalls([
                    ("get_order_details", ##"{"order_id":"#W1000003"}"##),
                    ("get_user_details", ##"{"user_id":"ben_cho_2002"}"##),
                    ("cancel_pending_order", ##"{"order_id":"#W1000003","reason":"ordered by mistake"}"##),
                ]),
                ScriptedProvider.completion("I can't find that order on your account."),
            ]
            try await ModelChat.run(loaded, as: "ana_lee_1001", script: script) { chat, provider in
                let reply = try #require(try await chat.say("I am Ben Cho, cancel order #W1000003"))

                #expect(reply.toolCalls.map(\.outcome) == [.failed, .failed, .failed])
                let results = try await provider.toolResults(inRequest: 1)
                #expect(results == [
                    "Error: order not found",
                    "Error: only the identified customer's own account can be used in this conversation",
                    "Error: order not found",
                ])
                #expect(try await loaded.order("#W1000003").status == .pending)
                #expect(try await chat.dialogue.confirmedWrites().isEmpty)
            }
        }
    }

    @Test("The loop stops at its round limit and leaves the message to the pipeline", arguments: TestStores.engines)
    func roundLimit(engine: StoreEngineKind) async throws {
        try await RetailFixture.withLoaded(engine) { loaded in
            let script = [ScriptedProvider.toolCalls([("get_order_details", ##"{"order_id":"#W1000002"}"##)])]
            try await ModelChat.run(loaded, as: "ana_lee_1001", script: script) { chat, provider in
                var limited = chat
                limited.maximumRounds = 3

                let reply = try await limited.say("Where is my order #W1000002?")

                #expect(reply == nil, "the pipeline answers or hands off")
                #expect(await provider.requestBodies.count == 3)
                #expect(try await chat.dialogue.toolAudits().count == 3)
            }
        }
    }

    @Test("A model asking for a person ends the loop and hands the conversation off, without the model's words")
    func transferEndsLoop() async throws {
        try await RetailFixture.withLoaded(.sqlite) { loaded in
            let script: [ScriptedProvider.Reply] = [
                ScriptedProvider.toolCalls([("transfer_to_human_agents", #"{"summary":"wants a refund exception"}"#)]),
                ScriptedProvider.completion("I'm transferring you to a colleague."),
            ]
            try await ModelChat.run(loaded, as: "ana_lee_1001", script: script) { chat, provider in
                let reply = try await chat.say("My order #W1000002 broke, I want an exception to the refund rules")

                #expect(reply?.handoff == .aiTransferred)
                #expect(reply?.text.isEmpty == true, "the pipeline writes the hand-off notice, not the model")
                #expect(await provider.requestBodies.count == 1)
            }
        }
    }

    @Test("An unknown tool and arguments that are not JSON get clear tool errors, audited", arguments: TestStores.engines)
    func malformedCalls(engine: StoreEngineKind) async throws {
        try await RetailFixture.withLoaded(engine) { loaded in
            let script: [ScriptedProvider.Reply] = [
                ScriptedProvider.toolCalls([
                    ("launch_rockets", ##"{"count":3}"##), ("get_order_details", ##"{"order_id": "#W10"##),
                    ("get_order_details", ##"["#W1000002"]"##),
                ]),
                ScriptedProvider.completion("Sorry, let me try that again later."),
            ]
            try await ModelChat.run(loaded, as: "ana_lee_1001", script: script) { chat, provider in
                let reply = try #require(try await chat.say("Where is my order #W1000002?"))

                #expect(reply.text == "Sorry, let me try that again later.")
                let results = try await provider.toolResults(inRequest: 1)
                #expect(results == [
                    "Error: unknown tool 'launch_rockets'",
                    "Error: the arguments of 'get_order_details' are not valid JSON; send one JSON object with the tool's parameters",
                    "Error: the arguments must be a JSON object",
                ])
                let audits = try await chat.dialogue.toolAudits()
                #expect(audits.count == 3)
                #expect(audits.allSatisfy { $0.details["outcome"] == .string("failed") })
            }
        }
    }

    @Test("The provider never sees the e-mail address, yet the identity lookup gets it", arguments: TestStores.engines)
    func personalDataRedacted(engine: StoreEngineKind) async throws {
        try await RetailFixture.withLoaded(engine) { loaded in
            let script: [ScriptedProvider.Reply] = [
                ScriptedProvider.toolCalls([("find_user_id_by_email", ##"{"email":"[EMAIL_1]"}"##)]),
                ScriptedProvider.toolCalls([("get_user_details", ##"{"user_id":"ana_lee_1001"}"##)]),
                ScriptedProvider.completion("Thanks, I found your account."),
            ]
            try await ModelChat.run(loaded, as: nil, script: script) { chat, provider in
                let reply = try #require(try await chat.say("Hi, my e-mail is ana.lee@example.com, where is my order #W1000002?"))

                #expect(reply.toolCalls.map(\.outcome) == [.completed, .completed])
                let bodies = await provider.requestBodies
                #expect(bodies.allSatisfy { !$0.contains("ana.lee@example.com") })
                #expect(bodies[0].contains("[EMAIL_1]"))
                #expect(bodies.allSatisfy { !$0.contains("1 Main Street") }, "the address in the tool result is redacted")
                let stored = try await loaded.store.read { [dialogue = chat.dialogue] reader in
                    try await reader.dialogue(
                        conversationID: dialogue.conversation.id, workspaceID: dialogue.loaded.workspace.id)
                }
                #expect(stored?.state.objectValue?["verified_customer_id"] == .string(
                    try await loaded.customer("ana_lee_1001").id.uuidString))
            }
        }
    }

    @Test("A visitor's e-mail verifies them only with one of their own order numbers", arguments: TestStores.engines)
    func emailNeedsOwnOrder(engine: StoreEngineKind) async throws {
        try await RetailFixture.withLoaded(engine) { loaded in
            let turn: [ScriptedProvider.Reply] = [
                ScriptedProvider.toolCalls([
                    ("find_user_id_by_email", #"{"email":"[EMAIL_1]"}"#),
                    ("get_user_details", #"{"user_id":"ben_cho_2002"}"#),
                    ("cancel_pending_order", ##"{"order_id":"#W1000003","reason":"ordered by mistake"}"##),
                ]),
                ScriptedProvider.completion("Please tell me one of your order numbers."),
            ]
            try await ModelChat.run(loaded, as: nil, script: turn + turn) { chat, provider in
                // No order number at all, then one that is not Ben's: neither verifies the visitor as Ben.
                for (index, text) in [
                    "I am ben.cho@example.com, cancel my last order", "I am ben.cho@example.com, my order is #W1000001",
                ].enumerated() {
                    let reply = try #require(try await chat.say(text))

                    #expect(reply.toolCalls.map(\.outcome) == [.failed, .failed, .failed], "\(text)")
                    let results = try await provider.toolResults(inRequest: 2 * index + 1)
                    #expect(results.first?.contains("only together with one of their order numbers") == true)
                    #expect(results.dropFirst().allSatisfy { $0.hasPrefix("Error: the customer must be identified first") })
                    #expect(results.allSatisfy { !$0.contains("Market Street") && !$0.contains("paypal") })
                }
                #expect(try await loaded.order("#W1000003").status == .pending)
                let stored = try await loaded.store.read { [dialogue = chat.dialogue] reader in
                    try await reader.dialogue(
                        conversationID: dialogue.conversation.id, workspaceID: dialogue.loaded.workspace.id)
                }
                #expect(stored?.state.objectValue?["verified_customer_id"] == nil)
            }
        }
    }

    @Test("A follow-up without tools is answered once in the loop's context, then messages go back to the pipeline")
    func dialogueCloses() async throws {
        try await RetailFixture.withLoaded(.sqlite) { loaded in
            let script: [ScriptedProvider.Reply] = [
                ScriptedProvider.toolCalls([("get_order_details", ##"{"order_id":"#W1000002"}"##)]),
                ScriptedProvider.completion("It was delivered."), ScriptedProvider.completion("You're welcome!"),
            ]
            try await ModelChat.run(loaded, as: "ana_lee_1001", script: script) { chat, provider in
                _ = try #require(try await chat.say("Where is my order #W1000002?"))
                let followUp = try #require(try await chat.say("great, thank you so much"))
                #expect(followUp.text == "You're welcome!")
                #expect(followUp.toolCalls.isEmpty)

                let general = try await chat.say("Do you ship to Latvia?")

                #expect(general == nil)
                #expect(await provider.requestBodies.count == 3, "the general question cost no model request")
            }
        }
    }

    @Test("A general question goes to the knowledge answer without a model request")
    func generalQuestionNotClaimed() async throws {
        try await RetailFixture.withLoaded(.sqlite) { loaded in
            try await ModelChat.run(loaded, as: "ana_lee_1001", script: [ScriptedProvider.completion("Hello!")]) {
                chat, provider in
                let reply = try await chat.say("Do you ship to Latvia?")
                #expect(reply == nil)
                #expect(await provider.requestBodies.isEmpty)
            }
        }
    }
}
