// HeedActions: the tools the AI agent may call during a turn's "act" step — built-in commerce tools over the
// customer's own orders, workspace-declared HTTP tools, identity checks, confirmation before any write, and the
// audit of every call. Its work is issue "Customer data and actions"; until then the module holds no code, and
// the turn's only action is the hand-off (HeedConversation's HandoffAct).
//
// Arrows: HeedServer → HeedActions → HeedConversation → (HeedKnowledge, HeedStore, HeedCore). Never imports
// Hummingbird or HeedServer.
import HeedConversation
