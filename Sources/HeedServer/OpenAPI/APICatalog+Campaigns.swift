extension APICatalog {
    /// Proactive campaigns (#18): the admin API and the widget's side.
    static let campaigns: [APIOperation] = [
        .init(method: "get", path: "/api/v1/campaigns", summary: "List campaigns, newest first", tag: "campaigns", access: .member, response: .list("Campaign"), query: list),
        .init(method: "post", path: "/api/v1/campaigns", summary: "Add a draft campaign: audience, trigger, message per language, channel, frequency cap, quiet hours (channel email: 422 channel_not_available)", tag: "campaigns", access: .admin, request: "CampaignInput", success: 201, response: .schema("Campaign")),
        .init(method: "get", path: "/api/v1/campaigns/{id}", summary: "Get a campaign", tag: "campaigns", access: .member, response: .schema("Campaign")),
        .init(method: "patch", path: "/api/v1/campaigns/{id}", summary: "Change a campaign (absent fields stay)", tag: "campaigns", access: .admin, request: "CampaignInput", response: .schema("Campaign")),
        .init(method: "delete", path: "/api/v1/campaigns/{id}", summary: "Remove a campaign and its messages", tag: "campaigns", access: .admin, success: 204),
        .init(method: "post", path: "/api/v1/campaigns/{id}/activate", summary: "Start sending: the campaign job evaluates it from now on (events before this never trigger it)", tag: "campaigns", access: .admin, response: .schema("Campaign")),
        .init(method: "post", path: "/api/v1/campaigns/{id}/pause", summary: "Stop sending (messages already sent stay)", tag: "campaigns", access: .admin, response: .schema("Campaign")),
        .init(method: "get", path: "/api/v1/campaigns/{id}/report", summary: "Messages sent, opened, replied to and opt-outs", tag: "campaigns", access: .member, response: .schema("CampaignReport")),
        .init(method: "get", path: "/api/v1/campaigns/{id}/messages", summary: "The campaign's messages, newest first: customer, text, reason, opened and replied times", tag: "campaigns", access: .member, response: .list("CampaignMessage"), query: list),
        .init(method: "get", path: "/api/v1/widget/campaign-messages", summary: "The campaign messages waiting for the session's customer (now marked opened)", tag: "widget", access: .widget, response: .list("WidgetCampaignMessage")),
        .init(method: "post", path: "/api/v1/widget/campaign-messages/{id}/reply", summary: "The customer answered a campaign message", tag: "widget", access: .widget, response: .schema("WidgetCampaignMessage")),
        .init(method: "post", path: "/api/v1/widget/campaign-messages/{id}/opt-out", summary: "The customer wants no more marketing (their marketing consent is withdrawn; transactional messages still come)", tag: "widget", access: .widget, response: .schema("WidgetCampaignMessage")),
    ]
}
