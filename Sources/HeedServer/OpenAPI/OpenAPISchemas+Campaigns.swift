import HeedCore

extension OpenAPISchemas {
    /// Campaigns, their messages and reports.
    static var campaigns: [String: JSONValue] {
        let fields: [String: JSONValue] = [
            "name": string, "purpose": enumeration(Campaign.Purpose.self), "audience": array(ref("AudienceCondition")),
            "trigger": ref("CampaignTrigger"), "message": template, "channel": enumeration(Campaign.Channel.self),
            "frequency_cap": nullable(object(["max_messages": integer, "per_days": integer], required: ["max_messages", "per_days"])),
            "quiet_hours": nullable(object(["from": string, "to": string], required: ["from", "to"])),
        ]
        var record = fields
        for (name, schema) in [
            ("id", uuid), ("workspace_id", uuid), ("status", enumeration(Campaign.Status.self)),
            ("activated_at", nullable(dateTime)), ("created_at", dateTime), ("updated_at", dateTime),
        ] { record[name] = schema }
        return [
            "Campaign": object(record),
            "CampaignInput": object(fields),
            "AudienceCondition": object(
                [
                    "field": .object([
                        "type": .string("string"),
                        "description": .string(
                            (AudienceCondition.fixedFields + ["customer.attributes.<name>", "events.<name>.count"]).joined(separator: ", ")),
                    ]),
                    "op": enumeration(AudienceCondition.Operator.self), "value": .object([:]),
                ], required: ["field", "op"]),
            "CampaignTrigger": object(
                [
                    "type": enumeration(CampaignTrigger.Kind.self),
                    "field": .object([
                        "type": .string("string"),
                        "description": .string("date_relative: " + (CampaignTrigger.orderDateFields + ["customer.attributes.<name>"]).joined(separator: ", ")),
                    ]),
                    "offset_days": integer, "window_days": integer, "name": string, "new_value_of": string,
                    "above": number, "at": dateTime,
                ], required: ["type"]),
            "CampaignReport": object(["campaign_id": uuid, "sent": integer, "opened": integer, "replied": integer, "opted_out": integer]),
            "CampaignMessage": object([
                "id": uuid, "workspace_id": uuid, "campaign_id": uuid, "customer_id": uuid,
                "purpose": enumeration(Campaign.Purpose.self), "channel": enumeration(Campaign.Channel.self),
                "language": nullable(string), "text": string, "reason": string, "created_at": dateTime,
                "opened_at": nullable(dateTime), "replied_at": nullable(dateTime), "opted_out_at": nullable(dateTime),
            ]),
            "WidgetCampaignMessage": object([
                "id": uuid, "text": string, "language": nullable(string), "purpose": enumeration(Campaign.Purpose.self),
                "created_at": dateTime,
            ]),
        ]
    }
}
