import HeedActions
import HeedCore
import Testing

@Suite("Tool registry")
struct ToolRegistryTests {
    static let retailToolNames: Set<String> = [
        "calculate", "cancel_pending_order", "exchange_delivered_order_items", "find_user_id_by_email",
        "find_user_id_by_name_zip", "get_order_details", "get_product_details", "get_user_details",
        "list_all_product_types", "modify_pending_order_address", "modify_pending_order_items",
        "modify_pending_order_payment", "modify_user_address", "return_delivered_order_items", "think",
        "transfer_to_human_agents",
    ]

    @Test("The built-in registry covers the 16 retail tools")
    func coversRetailTools() {
        #expect(Set(CommerceTools.registry.definitions.map(\.name)) == Self.retailToolNames)
        #expect(CommerceTools.registry.definitions.count == 16)
    }

    @Test("Every write needs confirmation and an identified customer; identity lookups do not")
    func policyFacts() {
        for definition in CommerceTools.registry.definitions where definition.effect == .write {
            #expect(definition.needsConfirmation, "\(definition.name)")
            #expect(definition.access == .verifiedCustomer, "\(definition.name)")
        }
        #expect(CommerceTools.registry.tool(named: "find_user_id_by_email")?.definition.access == .anyone)
        #expect(CommerceTools.registry.tool(named: "get_order_details")?.definition.access == .verifiedCustomer)
        #expect(CommerceTools.registry.tool(named: "get_order_details")?.definition.effect == .read)
    }

    @Test("Definitions come out in OpenAI function-calling format with required parameters")
    func openAIFormat() throws {
        let functions = try #require(CommerceTools.registry.openAIFunctions.arrayValue)
        #expect(functions.count == 16)
        let cancel = try #require(functions.first { $0["function"]?["name"]?.stringValue == "cancel_pending_order" })
        #expect(cancel["type"]?.stringValue == "function")
        let parameters = try #require(cancel["function"]?["parameters"])
        #expect(parameters["type"]?.stringValue == "object")
        #expect(parameters["required"] == .array([.string("order_id"), .string("reason")]))
        #expect(parameters["properties"]?["reason"]?["enum"]?.arrayValue?.count == 2)
        let list = try #require(functions.first { $0["function"]?["name"]?.stringValue == "list_all_product_types" })
        #expect(list["function"]?["parameters"]?["required"] == .array([]))
    }

    @Test("A later tool with a taken name is ignored")
    func duplicateNames() {
        let registry = ToolRegistry([ThinkTool(), ThinkTool(), CalculateTool()])
        #expect(registry.definitions.map(\.name) == ["think", "calculate"])
        #expect(registry.tool(named: "nope") == nil)
    }
}
