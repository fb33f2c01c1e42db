import HeedConversation
import HeedCore

/// JSON Schemas of the API's bodies, for the OpenAPI document.
enum OpenAPISchemas {
    static func ref(_ name: String) -> JSONValue { .object(["$ref": .string("#/components/schemas/\(name)")]) }
    static let string: JSONValue = .object(["type": .string("string")])
    static let uuid: JSONValue = .object(["type": .string("string"), "format": .string("uuid")])
    static let dateTime: JSONValue = .object(["type": .string("string"), "format": .string("date-time")])
    static let integer: JSONValue = .object(["type": .string("integer")])
    static let number: JSONValue = .object(["type": .string("number")])
    static let boolean: JSONValue = .object(["type": .string("boolean")])
    static let anyObject: JSONValue = .object(["type": .string("object"), "additionalProperties": .bool(true)])
    static func array(_ items: JSONValue) -> JSONValue { .object(["type": .string("array"), "items": items]) }
    static func nullable(_ schema: JSONValue) -> JSONValue { .object(["oneOf": .array([schema, .object(["type": .string("null")])])]) }
    static func enumeration<E: RawRepresentable & CaseIterable>(_ type: E.Type) -> JSONValue where E.RawValue == String {
        .object(["type": .string("string"), "enum": .array(E.allCases.map { .string($0.rawValue) })])
    }
    static func object(_ properties: [String: JSONValue], required: [String] = []) -> JSONValue {
        var schema: [String: JSONValue] = ["type": .string("object"), "properties": .object(properties)]
        if !required.isEmpty { schema["required"] = .array(required.map(JSONValue.string)) }
        return .object(schema)
    }

    /// Every schema, by name.
    static var all: [String: JSONValue] {
        [records, answers, exports, otherBodies, resourceBodies, rules, reports, tools, review, campaigns].reduce(into: [:]) { all, group in
            all.merge(group) { _, _ in preconditionFailure("Two OpenAPI schemas have one name.") }
        }
    }

    /// The stored records as the API shows them.
    static var records: [String: JSONValue] {
        [
            "Error": object(
                ["error": object(["code": string, "message": string], required: ["code", "message"])],
                required: ["error"]),
            "Workspace": object([
                "id": uuid, "name": string, "public_key": string, "created_at": dateTime, "updated_at": dateTime,
            ]),
            "Agent": object([
                "id": uuid, "workspace_id": uuid, "name": string, "email": string,
                "role": enumeration(AgentRole.self), "team_ids": array(uuid), "capacity": integer,
                "languages": array(string), "is_available": boolean, "created_at": dateTime, "updated_at": dateTime,
            ]),
            "Team": object([
                "id": uuid, "workspace_id": uuid, "name": string, "description": string, "intents": array(string),
                "created_at": dateTime, "updated_at": dateTime,
            ]),
            "Customer": object([
                "id": uuid, "workspace_id": uuid, "external_id": nullable(string), "name": nullable(string),
                "email": nullable(string), "phone": nullable(string), "preferred_language": nullable(string),
                "tier": enumeration(CustomerTier.self),
                "consent": object(["marketing": boolean, "ai_processing": boolean]), "attributes": anyObject,
                "created_at": dateTime, "updated_at": dateTime,
            ]),
            "Conversation": object([
                "id": uuid, "workspace_id": uuid, "customer_id": uuid, "channel": enumeration(Channel.self),
                "subject": nullable(string), "status": enumeration(ConversationStatus.self),
                "handler": enumeration(ConversationHandler.self), "assignee_id": nullable(uuid),
                "team_id": nullable(uuid), "team": nullable(string), "priority": enumeration(Priority.self),
                "tags": array(string),
                "escalation_reason": nullable(string), "first_response_due_at": nullable(dateTime),
                "resolution_due_at": nullable(dateTime), "sla_breached": boolean, "created_at": dateTime,
                "updated_at": dateTime, "first_response_at": nullable(dateTime), "handed_off_at": nullable(dateTime),
                "resolved_at": nullable(dateTime), "closed_at": nullable(dateTime),
                "last_message_at": nullable(dateTime), "reopen_count": integer, "message_count": integer,
            ]),
            "Message": object([
                "id": uuid, "workspace_id": uuid, "conversation_id": uuid, "sequence": integer,
                "author": enumeration(MessageAuthor.self), "author_id": nullable(uuid), "body": string,
                "language": nullable(string), "client_message_id": nullable(string), "is_internal_note": boolean,
                "is_ai": boolean, "annotations": anyObject, "created_at": dateTime,
            ]),
            "Article": object([
                "id": uuid, "workspace_id": uuid, "external_id": nullable(string), "title": string, "body": string,
                "language": string, "tags": array(string), "visibility": enumeration(ArticleVisibility.self),
                "source_url": nullable(string), "learned_questions": array(string), "source": nullable(string),
                "version": integer,
                "created_at": dateTime, "updated_at": dateTime,
            ]),
            "AuditEvent": object([
                "id": uuid, "workspace_id": uuid, "actor": anyObject, "action": string, "subject_type": string,
                "subject_id": nullable(uuid), "reason": nullable(string), "details": anyObject, "created_at": dateTime,
            ]),
            "APIKey": object([
                "id": uuid, "name": string, "role": enumeration(AgentRole.self), "agent_id": nullable(uuid),
                "prefix": string, "created_at": dateTime, "revoked_at": nullable(dateTime),
            ]),
        ]
    }

    /// Data exports.
    static var exports: [String: JSONValue] {
        [
            "CustomerExport": object([
                "exported_at": dateTime, "workspace_id": uuid, "customer": ref("Customer"),
                "conversations": array(object([
                    "conversation": ref("Conversation"), "messages": array(ref("Message")), "feedback": array(anyObject),
                ])),
                "orders": array(anyObject), "events": array(ref("CustomerEvent")), "notes": array(ref("CustomerNote")),
                "audit_events": array(anyObject), "campaign_messages": array(ref("CampaignMessage")),
            ]),
            "ChurnRisk": object([
                "customer_id": uuid, "score": number, "level": string,
                "evidence": array(object(["kind": string, "weight": number, "detail": string])),
            ]),
            "AtRiskCustomer": object(["customer": ref("Customer"), "churn_risk": ref("ChurnRisk")]),
            "CustomerNoteInput": object(["kind": enumeration(CustomerNoteKind.self), "text": string]),
            "CustomerNote": object([
                "id": uuid, "workspace_id": uuid, "customer_id": uuid, "kind": enumeration(CustomerNoteKind.self),
                "text": string, "source": string, "conversation_id": nullable(uuid), "created_at": dateTime,
                "updated_at": dateTime,
            ]),
            "CustomerEventInput": object(
                ["name": string, "properties": object([:]), "occurred_at": dateTime], required: ["name"]),
            "CustomerEvent": object([
                "id": uuid, "workspace_id": uuid, "customer_id": uuid, "name": string, "properties": object([:]),
                "source": string, "occurred_at": dateTime, "created_at": dateTime,
            ]),
        ]
    }

    /// The workspace's policy: hand-off, service levels, routing, limits, privacy, hours, personalisation, reporting.
    static var workspacePolicy: JSONValue {
        object([
            "handoff": object([
                "human_request_threshold": number, "anger_threshold": number, "minimum_answer_confidence": number,
                "clarify_margin": number, "max_consecutive_failures": integer, "hand_off_vips": boolean,
                "sensitive_topics": array(string),
            ]),
            "service_levels": object(["first_response_minutes": array(integer), "resolution_minutes": array(integer)]),
            "routing": object([:]), "fallback_team": nullable(string),
            "limits": object(["max_ai_replies": integer]), "learned_routing_min_confidence": number,
            "privacy": object(["storage": object([:]), "retention_days": nullable(integer), "drop_emotion_on_resolve": boolean, "behaviour_retention_days": integer]),
            "business_hours": nullable(ref("BusinessHours")),
            "team_business_hours": .object(["type": .string("object"), "additionalProperties": ref("BusinessHours")]),
            "personalization": object([
                "attributes": boolean, "behaviour": boolean, "session_intent": boolean, "emotion": boolean,
                "memory": boolean,
            ]),
            "reporting": object([
                "time_zone": string, "agent_hour_cost": number, "ai_resolution_cost": number,
                "ai_resolution_window_minutes": integer, "greeting_intents": array(string),
            ]),
            "automation": object([
                "customer_silent_hours": integer, "follow_up": nullable(template),
                "auto_resolve_hours": nullable(integer), "sla_warning_minutes": nullable(integer),
                "webhooks_allow_private_network": boolean,
                "survey_email": boolean, "survey_throttle_days": integer, "survey_subject": template,
                "survey_text": template,
            ]),
        ])
    }

    /// Other answers: issued keys, sessions, search hits, settings, summaries.
    static var answers: [String: JSONValue] {
        [
            "IssuedAPIKey": object(["key": ref("APIKey"), "secret": string], required: ["key", "secret"]),
            "ProvisionedWorkspace": object([
                "workspace": ref("Workspace"), "admin": ref("Agent"),
                "api_key": object(["id": uuid, "name": string, "role": string, "prefix": string, "secret": string]),
            ]),
            "PostedMessage": object(["message": ref("Message"), "reply": nullable(ref("Message"))]),
            "Feedback": object([
                "id": uuid, "workspace_id": uuid, "conversation_id": uuid, "message_id": nullable(uuid),
                "kind": enumeration(FeedbackKind.self), "rating": nullable(integer), "comment": nullable(string),
                "correction": nullable(string), "author": string, "author_id": nullable(uuid), "created_at": dateTime,
                "updated_at": dateTime, "review": nullable(ref("FeedbackReview")),
            ]),
            "ConsoleSession": object([
                "agent": ref("Agent"), "workspace": object(["id": uuid, "name": string, "public_key": string]),
                "csrf_token": string, "expires_at": dateTime,
            ]),
            "KnowledgeHit": object([
                "article_id": string, "title": string, "heading": nullable(string), "url": nullable(string),
                "snippet": string, "language": string, "visibility": string, "confidence": number,
            ]),
            "ModelProvider": object([
                "base_url": nullable(string), "model": nullable(string), "has_api_key": boolean, "source": string,
            ]),
            "Health": object(["status": string, "retrieval": string]),
            "ArticleImportSummary": object(["added": integer, "updated": integer, "unchanged": integer, "removed": integer]),
            "WidgetSession": object([
                "token": string, "customer_id": uuid, "expires_at": dateTime, "conversation_id": nullable(uuid),
                "workspace_name": string,
            ]),
            "WorkspacePolicy": workspacePolicy,
            "LearnedRouting": object([
                "trained": boolean, "example_count": integer,
                "teams": array(object(["name": string, "examples": integer])),
                "examples": array(object(["text": string, "team": string])), "trained_at": nullable(dateTime),
            ]),
            "HandoffPackage": object([
                "conversation_id": uuid, "summary": string, "summary_source": enumeration(HandoffSummarySource.self),
                "escalation_reason": nullable(string),
                "language": nullable(string), "intents": array(string), "emotion_trend": array(anyObject),
                "customer": ref("Customer"), "ai_attempts": array(anyObject), "memory": array(ref("CustomerNote")),
                "suggested_replies": array(object(["text": string, "article_id": string, "title": string, "url": nullable(string)])),
            ]),
        ]
    }

    /// Request bodies of the widget, the console, settings, imports, routing and the email channel.
    static var otherBodies: [String: JSONValue] {
        [
            "WidgetRating": object(["message_id": uuid, "helpful": boolean], required: ["message_id", "helpful"]),
            "WidgetSatisfaction": object(
                ["conversation_id": uuid, "rating": integer, "comment": string], required: ["rating"]),
            "FlagAnswer": object(["correction": string, "comment": string], required: ["correction"]),
            "ConsoleSignIn": object(["email": string, "password": string], required: ["email", "password"]),
            "SetPassword": object(["password": string, "current_password": string], required: ["password"]),
            "SetModelProvider": object(
                ["base_url": string, "model": string, "api_key": nullable(string)], required: ["base_url", "model"]),
            "ArticleImport": object(
                [
                    "source": string, "language": string, "remove_missing": boolean,
                    "files": array(object(["path": string, "content": string], required: ["path", "content"])),
                ], required: ["source", "files"]),
            "CreateWidgetSession": object(
                [
                    "workspace_key": string, "visitor_id": string, "language": string, "name": string,
                    "customer": object(
                        ["external_id": string, "name": string, "email": string, "expires_at": integer, "signature": string],
                        required: ["external_id", "expires_at", "signature"]),
                ], required: ["workspace_key"]),
            "WidgetMessage": object(["body": string, "client_message_id": string, "conversation_id": uuid], required: ["body"]),
            "RoutingExamples": object(
                ["examples": array(object(["text": string, "team": string], required: ["text", "team"]))],
                required: ["examples"]),
            "InboundEmail": object(
                [
                    "from": string, "from_name": string, "subject": string, "text": string, "message_id": string,
                    "in_reply_to": string, "references": array(string),
                ], required: ["from", "text", "message_id"]),
        ]
    }

    /// Request bodies that create or change records.
    static var resourceBodies: [String: JSONValue] {
        [
            "CustomerInput": object(
                [
                    "external_id": string, "name": string, "email": string, "phone": string,
                    "preferred_language": string, "tier": enumeration(CustomerTier.self), "consent": anyObject,
                    "attributes": anyObject,
                ]),
            "BootstrapWorkspace": object(
                ["name": string, "admin": object(["name": string, "email": string], required: ["name", "email"])],
                required: ["name", "admin"]),
            "UpdateWorkspace": object(["name": string]),
            "CreateAgent": object(
                [
                    "name": string, "email": string, "role": enumeration(AgentRole.self), "team_ids": array(uuid),
                    "capacity": integer, "languages": array(string),
                ], required: ["name", "email"]),
            "UpdateAgent": object([
                "name": string, "email": string, "role": enumeration(AgentRole.self), "team_ids": array(uuid),
                "capacity": integer, "languages": array(string), "is_available": boolean,
            ]),
            "CreateAPIKey": object(
                ["name": string, "agent_id": uuid, "role": enumeration(AgentRole.self)], required: ["name"]),
            "CreateTeam": object(["name": string, "description": string, "intents": array(string)], required: ["name"]),
            "UpdateTeam": object(["name": string, "description": string, "intents": array(string)]),
            "CreateConversation": object([
                "customer_id": uuid, "customer": ref("CustomerInput"), "channel": enumeration(Channel.self),
                "subject": string, "tags": array(string), "priority": enumeration(Priority.self),
            ]),
            "UpdateConversation": object([
                "status": enumeration(ConversationStatus.self), "handler": enumeration(ConversationHandler.self),
                "assignee_id": nullable(uuid), "team_id": nullable(uuid), "priority": enumeration(Priority.self),
                "tags": array(string), "reason": string,
            ]),
            "PostMessage": object(
                [
                    "body": string, "client_message_id": string, "author": enumeration(MessageAuthor.self),
                    "internal_note": boolean, "await_reply": boolean,
                ], required: ["body"]),
            "CreateArticle": object(
                [
                    "title": string, "body": string, "language": string, "tags": array(string),
                    "visibility": enumeration(ArticleVisibility.self), "source_url": string, "external_id": string,
                    "learned_questions": array(string),
                ], required: ["title", "body", "language"]),
            "UpdateArticle": object([
                "title": string, "body": string, "language": string, "tags": array(string),
                "visibility": enumeration(ArticleVisibility.self), "source_url": nullable(string),
                "learned_questions": array(string),
            ]),
        ]
    }
}
