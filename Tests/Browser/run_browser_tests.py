#!/usr/bin/env python3
"""Browser tests of the chat widget and the agent console, in headless Chromium against a real Heed.

Started by scripts/browser-tests.sh, which starts the server and passes its URL and keys in the environment:
HEED_URL, HEED_ADMIN_KEY, HEED_BOOTSTRAP_TOKEN, HEED_BROWSER_OUTPUT (screenshots folder).

The scenarios run in order, as one story: (a) a customer asks an FAQ question in Vietnamese on /demo and gets a
cited answer in Vietnamese; (b) the customer asks for a human, an agent signed in to the console sees it arrive live
with the summary and replies, and the customer sees the reply live; (c) the agent resolves, the customer rates the
conversation, and the rating is readable through the API; (d) an agent of another workspace cannot open the
conversation by URL; (e) the agent inserts a canned reply, filled in for the customer in Vietnamese; (f) an admin builds "angry
customer in Vietnamese → Billing, P1, note" in the console and sees it act on a new widget conversation; (r) an admin
creates and activates a campaign in the console, the customer's behaviour triggers it and its message arrives in
the widget on their next visit, where they opt out; (s) the report page draws its KPIs and a chart that adds up to
them, and a day's bar drills down to the conversations behind it; (t) a reviewer teaches a question the AI could not
answer to the right article from the review queue, after the check, and the same question is then answered from
it; (u) a lead opens an agent's resolved conversation in the quality review and corrects a score; (v) a console told
to poll (as behind a proxy that buffers server-sent events) still shows a new message without a reload. Every step
leaves a screenshot.
"""
import json
import os
import sys
import time
import unittest
import urllib.request

from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

BASE = os.environ["HEED_URL"].rstrip("/")
ADMIN_KEY = os.environ["HEED_ADMIN_KEY"]
BOOTSTRAP = os.environ["HEED_BOOTSTRAP_TOKEN"]
OUTPUT = os.environ.get("HEED_BROWSER_OUTPUT", "test-output/browser")
AGENT_EMAIL = "yen.le@voltra.example"  # Shipping and Sales: the team a delivery question is routed to
AGENT_PASSWORD = "heed-demo-password"
ADMIN_EMAIL = "trang.nguyen@voltra.example"  # the demo's admin: builds rules
VIETNAMESE_LETTERS = set("ăâđêôơưạảãàáầấậẩẫằắặẳẵẹẻẽèéềếệểễịỉĩìíọỏõòóồốộổỗờớợởỡụủũùúừứựửữỵỷỹỳý")


def api(method, path, key=None, body=None):
    """Calls Heed's API; returns (status, parsed JSON or None)."""
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(BASE + path, data=data, method=method)
    if key:
        request.add_header("Authorization", "Bearer " + key)
    if data is not None:
        request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            raw = response.read()
            return response.status, json.loads(raw) if raw else None
    except urllib.error.HTTPError as error:
        raw = error.read()
        return error.code, json.loads(raw) if raw else None


def make_driver(width=1280, height=800):
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("HEED_CHROMIUM", "/usr/bin/chromium")
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--lang=vi-VN",
                     f"--window-size={width},{height}"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(os.environ.get("HEED_CHROMEDRIVER", "/usr/bin/chromedriver")), options=options)
    driver.set_window_size(width, height)
    return driver


class Story:
    """What the scenarios share: the two browsers and the conversation."""
    customer = None
    agent = None
    conversation_id = None
    step = 0


def shot(driver, name):
    Story.step += 1
    os.makedirs(OUTPUT, exist_ok=True)
    path = os.path.join(OUTPUT, f"{Story.step:02d}-{name}.png")
    driver.save_screenshot(path)
    print(f"    screenshot {path}", flush=True)


def wait(driver, seconds=20):
    # The widget and the console re-render as events arrive: an element found a moment ago may be replaced.
    return WebDriverWait(driver, seconds, poll_frequency=0.1, ignored_exceptions=(StaleElementReferenceException,))


def click(driver, find, seconds=20):
    """Clicks what `find(driver)` returns, finding it again if it was re-rendered in between."""
    def attempt(d):
        element = find(d)
        if element is None or not element.is_displayed() or not element.is_enabled():
            return False
        element.click()
        return True
    wait(driver, seconds).until(attempt)


def by_testid(value, **attributes):
    """A finder for the first element with this data-testid (and these attribute values)."""
    def find(driver):
        for element in driver.find_elements(*testid(value)):
            if all(element.get_attribute(k) == v for k, v in attributes.items()):
                return element
        return None
    return find


def testid(value):
    return (By.CSS_SELECTOR, f'[data-testid="{value}"]')


def console_errors(driver, allowed=()):
    """SEVERE browser-log entries, except failed loads of the expected statuses (401 before sign-in, 404 in d)."""
    errors = []
    for entry in driver.get_log("browser"):
        if entry["level"] != "SEVERE":
            continue
        message = entry["message"]
        if "Failed to load resource" in message and any(f"status of {code}" in message for code in allowed):
            continue
        if "favicon.ico" in message:
            continue
        errors.append(message)
    return errors


class BrowserStory(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        Story.customer = make_driver(360, 740)  # a phone
        Story.agent = make_driver(1280, 800)

    @classmethod
    def tearDownClass(cls):
        for driver in (Story.customer, Story.agent):
            if driver:
                driver.quit()

    def ai_messages(self):
        return [m for m in Story.customer.find_elements(*testid("heed-message"))
                if m.get_attribute("data-author") == "ai" and m.get_attribute("data-message-id")]

    def test_a_vietnamese_faq_gets_a_cited_vietnamese_answer(self):
        customer = Story.customer
        customer.get(BASE + "/demo/")
        wait(customer).until(EC.element_to_be_clickable(testid("heed-launcher"))).click()
        field = wait(customer).until(EC.visibility_of_element_located(testid("heed-input")))
        self.assertTrue(customer.find_element(*testid("heed-disclosure")).text.strip(), "the AI disclosure is shown")
        self.assertTrue(customer.find_element(*testid("heed-human")).is_displayed(), "a human is offered")
        field.send_keys("Bao lâu thì nhận được hàng?")
        shot(customer, "a-customer-asks-in-vietnamese")
        customer.find_element(*testid("heed-send")).click()
        answer = wait(customer, 30).until(
            lambda d: next((m for m in reversed(self.ai_messages()) if m.find_elements(*testid("heed-citation"))), None))
        text = answer.text.lower()
        self.assertTrue(VIETNAMESE_LETTERS & set(text), f"the answer is Vietnamese: {text[:200]}")
        citations = answer.find_elements(*testid("heed-citation"))
        self.assertTrue(citations[0].get_attribute("href"), "the citation links to its source")
        state = customer.execute_script("return window.HeedWidget.state()")
        self.assertEqual(state["language"], "vi", "the widget speaks the customer's language")
        Story.conversation_id = state["conversation_id"]
        self.assertTrue(Story.conversation_id)
        shot(customer, "a-cited-answer-in-vietnamese")
        self.assertEqual(console_errors(customer), [])

    def test_b_handoff_appears_live_for_the_agent_and_the_reply_reaches_the_customer(self):
        agent, customer = Story.agent, Story.customer
        agent.get(BASE + "/console/")
        wait(agent).until(EC.visibility_of_element_located(testid("console-email"))).send_keys(AGENT_EMAIL)
        agent.find_element(*testid("console-password")).send_keys(AGENT_PASSWORD)
        shot(agent, "b-agent-signs-in")
        click(agent, by_testid("console-signin"))
        click(agent, by_testid("inbox-view-escalated"))
        wait(agent).until(EC.presence_of_element_located(testid("inbox-list")))
        selector = f'[data-testid="inbox-item"][data-conversation-id="{Story.conversation_id}"]'
        self.assertEqual(agent.find_elements(By.CSS_SELECTOR, selector), [], "not escalated yet")

        click(customer, by_testid("heed-human"))
        status = wait(customer, 30).until(EC.visibility_of_element_located(testid("heed-handoff-status")))
        self.assertTrue(status.text.strip())
        shot(customer, "b-customer-asks-for-a-human")

        # The agent's inbox updates without a reload.
        wait(agent, 30).until(EC.presence_of_element_located((By.CSS_SELECTOR, selector)))
        shot(agent, "b-handoff-appears-live-in-the-inbox")
        click(agent, by_testid("inbox-item", **{"data-conversation-id": Story.conversation_id}))
        wait(agent, 30).until(lambda d: d.find_element(*testid("handoff-summary")).text.strip())
        wait(agent).until(EC.presence_of_element_located(testid("thread")))
        shot(agent, "b-conversation-with-handoff-summary")
        reply = "Chào anh/chị, em là Yến. Đơn hàng sẽ đến trong 2–4 ngày làm việc ạ."
        box = wait(agent).until(EC.visibility_of_element_located(testid("reply-input")))
        box.send_keys(reply)
        click(agent, by_testid("reply-send"))
        wait(agent, 30).until(lambda d: any(
            m.get_attribute("data-author") == "agent" and "Yến" in m.text for m in d.find_elements(*testid("thread-message"))))
        shot(agent, "b-agent-replied")

        wait(customer, 30).until(lambda d: any(
            m.get_attribute("data-author") == "agent" and "Yến" in m.text for m in d.find_elements(*testid("heed-message"))))
        shot(customer, "b-customer-sees-the-reply-live")
        self.assertEqual(console_errors(agent, allowed=("401",)), [])
        self.assertEqual(console_errors(customer), [])

    def test_c_resolution_and_csat_readable_through_the_api(self):
        agent, customer = Story.agent, Story.customer
        click(agent, by_testid("resolve"))
        wait(agent, 30).until(lambda d: "resolved" in d.find_element(*testid("conversation-status")).get_attribute("outerHTML").lower()
                              or "đã giải quyết" in d.find_element(*testid("conversation-status")).text.lower())
        shot(agent, "c-agent-resolved")
        wait(customer, 30).until(EC.visibility_of_element_located(testid("heed-csat")))
        click(customer, by_testid("heed-csat-rating", **{"data-rating": "4"}))
        wait(customer).until(lambda d: d.find_element(*testid("heed-csat-comment")).send_keys("Nhanh và rõ ràng") or True)
        shot(customer, "c-customer-rates-the-conversation")
        click(customer, by_testid("heed-csat-submit"))
        wait(customer, 30).until(EC.visibility_of_element_located(testid("heed-csat-thanks")))
        shot(customer, "c-thanks-for-the-rating")

        status, body = api("GET", f"/api/v1/conversations/{Story.conversation_id}/feedback", key=ADMIN_KEY)
        self.assertEqual(status, 200)
        csat = [f for f in body["data"] if f["kind"] == "csat"]
        self.assertEqual(len(csat), 1)
        self.assertEqual(csat[0]["rating"], 4)
        self.assertEqual(csat[0]["comment"], "Nhanh và rõ ràng")
        status, conversation = api("GET", f"/api/v1/conversations/{Story.conversation_id}", key=ADMIN_KEY)
        self.assertEqual(conversation["status"], "resolved")
        self.assertEqual(console_errors(customer), [])

    def test_d_another_workspace_cannot_open_the_conversation_by_url(self):
        status, created = api("POST", "/api/v1/workspaces", key=BOOTSTRAP, body={
            "name": "Northwind", "admin": {"name": "Nora Admin", "email": "nora@northwind.example"}})
        self.assertEqual(status, 201, created)
        other_key = created["api_key"]["secret"]
        status, agents = api("GET", "/api/v1/agents", key=other_key)
        nora = agents["data"][0]["id"]
        status, _ = api("PUT", f"/api/v1/agents/{nora}/password", key=other_key, body={"password": "northwind-password"})
        self.assertEqual(status, 204)

        intruder = make_driver(1280, 800)
        try:
            intruder.get(BASE + "/console/")
            wait(intruder).until(EC.visibility_of_element_located(testid("console-email"))).send_keys("nora@northwind.example")
            intruder.find_element(*testid("console-password")).send_keys("northwind-password")
            click(intruder, by_testid("console-signin"))
            wait(intruder).until(EC.presence_of_element_located(testid("inbox-list")))
            intruder.get(BASE + f"/console/#/conversations/{Story.conversation_id}")
            wait(intruder, 30).until(EC.visibility_of_element_located(testid("not-found")))
            self.assertEqual(intruder.find_elements(*testid("thread-message")), [], "no message of the other workspace")
            self.assertNotIn("Yến", intruder.page_source)
            shot(intruder, "d-other-workspace-gets-not-found")
            self.assertEqual(console_errors(intruder, allowed=("401", "404")), [])
        finally:
            intruder.quit()

    def test_e_a_canned_reply_is_filled_in_for_the_customer_in_their_language(self):
        status, macro = api("POST", "/api/v1/macros", key=ADMIN_KEY, body={
            "name": "Cảm ơn đã chờ",
            "text": {"en": "Hi {{customer.first_name|there}}, this is {{agent.name}}. Thanks for waiting!",
                     "vi": "Chào {{customer.first_name|bạn}}, em là {{agent.name}}. Cảm ơn bạn đã chờ!"}})
        self.assertEqual(status, 201, macro)
        agent = Story.agent
        agent.get(BASE + f"/console/#/conversations/{Story.conversation_id}")
        agent.refresh()
        picker = wait(agent, 30).until(EC.visibility_of_element_located(testid("macro-picker")))
        Select(picker).select_by_visible_text("Cảm ơn đã chờ")
        box = agent.find_element(*testid("reply-input"))
        wait(agent, 30).until(lambda d: "Cảm ơn bạn đã chờ!" in box.get_attribute("value"))
        self.assertIn("em là Lê Hoàng Yến.", box.get_attribute("value"))
        shot(agent, "e-canned-reply-filled-in")
        self.assertEqual(console_errors(agent, allowed=("401",)), [])

    def test_f_an_admin_builds_a_rule_and_it_acts_on_a_new_widget_conversation(self):
        admin = make_driver(1280, 900)
        customer = make_driver(360, 740)
        try:
            admin.get(BASE + "/console/")
            wait(admin).until(EC.visibility_of_element_located(testid("console-email"))).send_keys(ADMIN_EMAIL)
            admin.find_element(*testid("console-password")).send_keys(AGENT_PASSWORD)
            click(admin, by_testid("console-signin"))
            click(admin, by_testid("nav-rules"))
            wait(admin).until(EC.visibility_of_element_located(testid("rule-name"))).send_keys("Angry customer in Vietnamese")
            for field, value in (("message.emotion", "anger"), ("message.language", "vi")):
                click(admin, by_testid("rule-add-condition"))
                row = admin.find_elements(*testid("rule-condition"))[-1]
                Select(row.find_element(*testid("rule-condition-field"))).select_by_value(field)
                Select(row.find_element(*testid("rule-condition-op"))).select_by_value("equals")
                row.find_element(*testid("rule-condition-value")).send_keys(value)
            first = admin.find_elements(*testid("rule-action"))[0]
            Select(first.find_element(*testid("rule-action-type"))).select_by_value("assign_team")
            Select(first.find_element(*testid("rule-action-team"))).select_by_visible_text("Billing")
            click(admin, by_testid("rule-add-action"))
            second = admin.find_elements(*testid("rule-action"))[-1]
            Select(second.find_element(*testid("rule-action-type"))).select_by_value("set_priority")
            Select(second.find_element(*testid("rule-action-priority"))).select_by_value("P1")
            click(admin, by_testid("rule-add-action"))
            third = admin.find_elements(*testid("rule-action"))[-1]
            Select(third.find_element(*testid("rule-action-type"))).select_by_value("add_note")
            third.find_element(*testid("rule-action-text")).send_keys("Angry customer writing in Vietnamese: Billing, P1.")
            shot(admin, "f-admin-builds-a-rule")
            click(admin, by_testid("rule-save"))
            wait(admin, 30).until(lambda d: any("Angry customer in Vietnamese" in item.text for item in d.find_elements(*testid("rule-item"))))
            shot(admin, "f-rule-saved")

            customer.get(BASE + "/demo/")
            wait(customer).until(EC.element_to_be_clickable(testid("heed-launcher"))).click()
            field = wait(customer).until(EC.visibility_of_element_located(testid("heed-input")))
            field.send_keys("TÔI RẤT TỨC GIẬN!!! Giao hàng trễ hai tuần rồi, quá tệ, lừa đảo!")
            customer.find_element(*testid("heed-send")).click()
            wait(customer, 30).until(lambda d: d.execute_script("return window.HeedWidget.state()").get("conversation_id"))
            conversation_id = customer.execute_script("return window.HeedWidget.state()")["conversation_id"]
            status, teams = api("GET", "/api/v1/teams", key=ADMIN_KEY)
            billing = next(team["id"] for team in teams["data"] if team["name"] == "Billing")

            def acted():
                _, conversation = api("GET", f"/api/v1/conversations/{conversation_id}", key=ADMIN_KEY)
                return conversation if conversation.get("team_id") == billing and conversation.get("priority") == "P1" else None
            conversation = wait(customer, 30).until(lambda d: acted())
            self.assertEqual(conversation["team_id"], billing)
            _, messages = api("GET", f"/api/v1/conversations/{conversation_id}/messages", key=ADMIN_KEY)
            notes = [m for m in messages["data"] if m["is_internal_note"]]
            self.assertEqual([m["body"] for m in notes], ["Angry customer writing in Vietnamese: Billing, P1."])
            shot(customer, "f-customer-wrote-angrily")
            admin.get(BASE + f"/console/#/conversations/{conversation_id}")
            wait(admin, 30).until(lambda d: any("Billing, P1" in m.text for m in d.find_elements(*testid("thread-message"))))
            shot(admin, "f-the-rule-acted")
            self.assertEqual(console_errors(admin, allowed=("401",)), [])
            self.assertEqual(console_errors(customer), [])
        finally:
            admin.quit()
            customer.quit()

    def test_g_an_admin_sets_the_timers_in_settings_and_the_rest_of_the_policy_stays(self):
        status, policy = api("GET", "/api/v1/policy", key=ADMIN_KEY)
        policy["limits"] = {"max_ai_replies": 7}
        status, _ = api("PUT", "/api/v1/policy", key=ADMIN_KEY, body=policy)
        self.assertEqual(status, 200)
        admin = make_driver(1280, 900)
        try:
            admin.get(BASE + "/console/")
            wait(admin).until(EC.visibility_of_element_located(testid("console-email"))).send_keys(ADMIN_EMAIL)
            admin.find_element(*testid("console-password")).send_keys(AGENT_PASSWORD)
            click(admin, by_testid("console-signin"))
            click(admin, by_testid("nav-settings"))
            hours = wait(admin, 30).until(EC.visibility_of_element_located((By.CSS_SELECTOR, 'input[data-key="auto_resolve_hours"]')))
            self.assertEqual(hours.get_attribute("value"), "72")
            hours.clear()
            hours.send_keys("48")
            admin.find_element(*testid("automation-follow-up")).send_keys("Still need help, {{customer.first_name}}?")
            shot(admin, "g-admin-sets-the-timers")
            click(admin, by_testid("policy-save"))

            def saved():
                _, current = api("GET", "/api/v1/policy", key=ADMIN_KEY)
                return current if current["automation"]["auto_resolve_hours"] == 48 else None
            current = wait(admin, 30).until(lambda d: saved())
            self.assertEqual(current["automation"]["follow_up"], {"en": "Still need help, {{customer.first_name}}?"})
            self.assertEqual(current["limits"]["max_ai_replies"], 7, "what the form does not show is kept")
            self.assertEqual(console_errors(admin, allowed=("401",)), [])
        finally:
            admin.quit()

    def test_p_the_page_tracks_behaviour_and_identifies_the_customer_through_the_widget(self):
        import hashlib
        import hmac
        shopper = make_driver(1280, 800)
        try:
            shopper.get(BASE + "/demo/")
            wait(shopper).until(EC.element_to_be_clickable(testid("heed-launcher")))
            tracked = shopper.execute_async_script(
                "var done = arguments[arguments.length - 1];"
                "Heed.track('product_viewed', {product_id: 'x200', product_name: 'X200 Headphones', price: 129})"
                ".then(function (v) { done({ok: v}); }, function (e) { done({error: e.message}); });")
            self.assertIn("ok", tracked, tracked)
            visitor = shopper.execute_script("return window.HeedWidget.state()")["customer_id"]
            self.assertEqual(tracked["ok"]["customer_id"], visitor)
            refused = shopper.execute_async_script(
                "var done = arguments[arguments.length - 1];"
                "Heed.track('page_viewed', {}).then(function (v) { done({ok: v}); }, function (e) { done({error: e.message}); });")
            self.assertIn("url", refused.get("error", ""), refused)
            status, events = api("GET", f"/api/v1/customers/{visitor}/events", key=ADMIN_KEY)
            self.assertEqual(status, 200, events)
            self.assertEqual([e["name"] for e in events["data"]], ["product_viewed"])
            self.assertEqual(events["data"][0]["properties"]["product_name"], "X200 Headphones")

            status, workspace = api("GET", "/api/v1/workspace", key=ADMIN_KEY)
            expires = int(time.time()) + 3600
            claims = f"external_id=cus-browser-ilze\nemail=ilze@example.lv\nname=Ilze\nexpires_at={expires}"
            signature = hmac.new(workspace["identity_secret"].encode(), claims.encode(), hashlib.sha256).hexdigest()
            identity = {"external_id": "cus-browser-ilze", "email": "ilze@example.lv", "name": "Ilze",
                        "expires_at": expires, "signature": signature}
            identified = shopper.execute_async_script(
                "var done = arguments[arguments.length - 1];"
                "Heed.identify(arguments[0]).then(function () { return Heed.track('login', {country: 'LV'}); })"
                ".then(function (v) { done({ok: v}); }, function (e) { done({error: e.message}); });", identity)
            self.assertIn("ok", identified, identified)
            status, found = api("GET", "/api/v1/customers?external_id=cus-browser-ilze", key=ADMIN_KEY)
            ilze = found["data"][0]["id"]
            self.assertEqual(identified["ok"]["customer_id"], ilze, "after identify the events are the customer's")
            self.assertNotEqual(ilze, visitor)
            status, events = api("GET", f"/api/v1/customers/{ilze}/events", key=ADMIN_KEY)
            self.assertEqual([e["name"] for e in events["data"]], ["login"])
            click(shopper, by_testid("heed-launcher"))
            wait(shopper).until(EC.visibility_of_element_located(testid("heed-input")))
            shot(shopper, "p-identified-customer-opens-the-widget")
            self.assertEqual(console_errors(shopper, allowed=("422",)), [])
        finally:
            shopper.quit()

        # The agent sees what Heed remembers of the customer and what they did, next to the conversation.
        status, note = api("POST", f"/api/v1/customers/{ilze}/notes", key=ADMIN_KEY,
                           body={"kind": "preference", "text": "Prefers e-mail, never phone"})
        self.assertEqual(status, 201, note)
        status, conversation = api("POST", "/api/v1/conversations", key=ADMIN_KEY,
                                   body={"customer_id": ilze, "channel": "api"})
        self.assertEqual(status, 201, conversation)
        agent = Story.agent
        agent.get(BASE + f"/console/#/conversations/{conversation['id']}")
        remembered = wait(agent, 30).until(lambda d: d.find_elements(*testid("customer-note")))
        self.assertIn("Prefers e-mail, never phone", remembered[0].text)
        activity = wait(agent, 30).until(lambda d: d.find_elements(*testid("customer-event")))
        self.assertEqual(len(activity), 1)
        agent.execute_script("arguments[0].scrollIntoView({block: 'center'})", remembered[0])
        shot(agent, "p-agent-sees-memory-and-activity")
        self.assertEqual(console_errors(agent, allowed=("401",)), [])

    def test_q_the_agent_sees_the_tool_calls_and_cancels_an_order_after_confirming_the_plan(self):
        # The embedded engine answers an order question with a tool call; the agent sees it next to the thread.
        status, conversation = api("POST", "/api/v1/conversations", key=ADMIN_KEY,
                                   body={"customer": {"external_id": "cus_1003"}, "channel": "api"})
        self.assertEqual(status, 201, conversation)
        status, posted = api("POST", f"/api/v1/conversations/{conversation['id']}/messages", key=ADMIN_KEY,
                             body={"body": "Where is my order VT-10038?", "await_reply": True})
        self.assertEqual(status, 201, posted)
        status, audited = api("GET", f"/api/v1/conversations/{conversation['id']}/tool-calls", key=ADMIN_KEY)
        self.assertEqual([c["tool"] for c in audited["data"]], ["get_order_details"], (posted["reply"], audited))
        agent = Story.agent
        agent.get(BASE + f"/console/#/conversations/{conversation['id']}")
        calls = wait(agent, 30).until(lambda d: d.find_elements(*testid("tool-call")))
        self.assertIn("get_order_details", calls[0].text)
        self.assertIn("order_id: VT-10038", calls[0].text)
        # The agent cancels the order from the customer panel: the plan first, then the confirmation.
        cancel = wait(agent, 30).until(lambda d: d.find_elements(*testid("order-cancel")))
        agent.execute_script("arguments[0].closest('details').open = true", cancel[0])
        agent.execute_script("arguments[0].scrollIntoView({block: 'center'})", cancel[0])
        cancel[0].click()
        confirm = wait(agent).until(EC.element_to_be_clickable(testid("order-cancel-confirm")))
        shot(agent, "q-agent-sees-the-cancellation-plan")
        self.assertEqual(len(api("GET", f"/api/v1/conversations/{conversation['id']}/tool-calls", key=ADMIN_KEY)[1]["data"]), 2,
                         "the plan is audited, nothing changed yet")
        confirm.click()
        approval = wait(agent, 30).until(lambda d: d.find_elements(*testid("tool-call-approval")))
        self.assertIn("agent", approval[0].text)
        agent.execute_script("arguments[0].scrollIntoView({block: 'center'})", approval[0])
        shot(agent, "q-agent-cancelled-the-order")
        status, audited = api("GET", f"/api/v1/conversations/{conversation['id']}/tool-calls", key=ADMIN_KEY)
        done = [c for c in audited["data"] if c.get("approved_by") == "agent"]
        self.assertEqual([c["result"] for c in done], ["order VT-10038: cancelled"])
        self.assertEqual(console_errors(agent, allowed=("401",)), [])

    def test_r_an_admin_creates_a_campaign_in_the_console_and_its_message_arrives_in_the_widget(self):
        admin = make_driver(1280, 900)
        shopper = make_driver(360, 740)
        name = "Cart reminder (browser)"
        try:
            admin.get(BASE + "/console/")
            wait(admin).until(EC.visibility_of_element_located(testid("console-email"))).send_keys(ADMIN_EMAIL)
            admin.find_element(*testid("console-password")).send_keys(AGENT_PASSWORD)
            click(admin, by_testid("console-signin"))
            click(admin, by_testid("nav-campaigns"))
            wait(admin).until(EC.visibility_of_element_located(testid("campaign-name"))).send_keys(name)
            Select(admin.find_element(*testid("campaign-purpose"))).select_by_value("marketing")
            Select(admin.find_element(*testid("campaign-trigger"))).select_by_value("event")
            event_name = admin.find_element(*testid("campaign-event-name"))
            event_name.clear()
            event_name.send_keys("cart_abandoned")
            Select(admin.find_element(*testid("campaign-language"))).select_by_value("en")
            admin.find_element(*testid("campaign-text")).send_keys("Your {{event.items}} items are still in your cart.")
            wait(admin).until(EC.visibility_of_element_located(testid("at-risk-list")))
            shot(admin, "r-admin-writes-a-campaign")
            click(admin, by_testid("campaign-save"))
            item = wait(admin, 30).until(lambda d: next((i for i in d.find_elements(*testid("campaign-item")) if name in i.text), None))
            campaign_id = item.get_attribute("data-campaign-id")
            click(admin, lambda d: next((i.find_element(*testid("campaign-activate")) for i in d.find_elements(*testid("campaign-item"))
                                         if i.get_attribute("data-campaign-id") == campaign_id), None))
            wait(admin, 30).until(lambda d: any(i.get_attribute("data-campaign-id") == campaign_id and i.get_attribute("data-status") == "active"
                                                for i in d.find_elements(*testid("campaign-item"))))
            shot(admin, "r-campaign-active")

            shopper.get(BASE + "/demo/")
            wait(shopper).until(EC.element_to_be_clickable(testid("heed-launcher")))
            tracked = shopper.execute_async_script(
                "var done = arguments[arguments.length - 1];"
                "Heed.track('cart_abandoned', {items: 2}).then(function (v) { done({ok: v}); }, function (e) { done({error: e.message}); });")
            self.assertIn("ok", tracked, tracked)
            visitor = tracked["ok"]["customer_id"]
            status, _ = api("PATCH", f"/api/v1/customers/{visitor}", key=ADMIN_KEY,
                            body={"consent": {"marketing": True, "ai_processing": True}})
            self.assertEqual(status, 200)

            def sent():
                _, report = api("GET", f"/api/v1/campaigns/{campaign_id}/report", key=ADMIN_KEY)
                return report if report and report.get("sent") == 1 else None
            wait(shopper, 100).until(lambda d: sent())  # the campaign job runs once a minute
            shopper.refresh()  # the customer's next visit
            message = wait(shopper, 30).until(lambda d: next(iter(d.find_elements(*testid("heed-campaign-message"))), None))
            click(shopper, by_testid("heed-launcher"))
            wait(shopper).until(lambda d: message.is_displayed())
            self.assertEqual(message.text.split("\n")[0], "Your 2 items are still in your cart.")
            shot(shopper, "r-campaign-message-in-the-widget")
            click(shopper, by_testid("heed-campaign-opt-out"))
            wait(shopper, 30).until(lambda d: not d.find_elements(*testid("heed-campaign-opt-out")))
            _, customer = api("GET", f"/api/v1/customers/{visitor}", key=ADMIN_KEY)
            self.assertFalse(customer["consent"]["marketing"], "the opt-out withdrew marketing consent")
            _, report = api("GET", f"/api/v1/campaigns/{campaign_id}/report", key=ADMIN_KEY)
            self.assertEqual((report["sent"], report["opened"], report["opted_out"]), (1, 1, 1), report)
            admin.refresh()
            wait(admin, 30).until(lambda d: any("1" in i.text and i.get_attribute("data-campaign-id") == campaign_id
                                                for i in d.find_elements(*testid("campaign-item"))))
            shot(admin, "r-campaign-report")
            # A conversation the abandonment alert tagged carries the "may have left" badge for agents.
            status, conversation = api("POST", "/api/v1/conversations", key=ADMIN_KEY, body={"customer_id": visitor, "channel": "api"})
            self.assertEqual(status, 201, conversation)
            status, _ = api("PATCH", f"/api/v1/conversations/{conversation['id']}", key=ADMIN_KEY, body={"tags": ["abandonment-risk"]})
            self.assertEqual(status, 200)
            admin.get(BASE + f"/console/#/conversations/{conversation['id']}")
            wait(admin, 30).until(EC.visibility_of_element_located(testid("abandonment-badge")))
            shot(admin, "r-abandonment-badge")
            self.assertEqual(console_errors(admin, allowed=("401",)), [])
            self.assertEqual(console_errors(shopper), [])
        finally:
            admin.quit()
            shopper.quit()

    def test_s_the_report_page_draws_the_kpis_and_charts_and_drills_down_to_the_conversations(self):
        agent = Story.agent
        agent.get(BASE + "/console/#/reports")
        cards = wait(agent, 30).until(EC.visibility_of_element_located(testid("kpi-cards")))
        # The page's default period: the last 28 days, today included (this machine's date, as the browser's).
        today = time.strftime("%Y-%m-%d", time.localtime())
        start = time.strftime("%Y-%m-%d", time.localtime(time.time() - 27 * 86400))
        status, summary = api("GET", f"/api/v1/reports/summary?from={start}&to={today}", key=ADMIN_KEY)
        self.assertEqual(status, 200, summary)
        expected = summary["current"]["conversations"]
        self.assertGreaterEqual(expected, 3, "the story so far opened several conversations")
        count = wait(agent, 30).until(lambda d: d.find_element(*testid("kpi-conversations")))
        self.assertIn(str(expected), count.text)
        self.assertIn("%", cards.find_element(*testid("kpi-ai_resolution_rate")).text + cards.find_element(*testid("kpi-handoff_rate")).text)
        bars = wait(agent, 30).until(lambda d: d.find_elements(*testid("chart-bar")))
        self.assertEqual(len(bars), 28, "one bar per day of the period")
        counted = sum(int(b.get_attribute("data-conversations")) for b in bars)
        self.assertEqual(counted, expected, "the chart's days add up to the headline figure")
        busy = [b for b in bars if int(b.get_attribute("data-conversations")) > 0]
        self.assertTrue(busy)
        self.assertGreater(float(busy[-1].get_attribute("height")), 1, "a day with conversations has a visible bar")
        self.assertTrue(agent.find_elements(*testid("ai-vs-human")))
        self.assertTrue(agent.find_elements(*testid("top-intents")))
        missing = wait(agent, 30).until(lambda d: d.find_element(*testid("missing-knowledge")))
        self.assertIn("#/review", missing.find_element(*testid("missing-knowledge-review")).get_attribute("href"))
        shot(agent, "s-report-page")
        # Drilling down from the last busy day lists exactly its conversations, the story's own among them.
        day_total = int(busy[-1].get_attribute("data-conversations"))
        agent.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", busy[-1])
        rows = wait(agent, 30).until(lambda d: d.find_elements(*testid("drill-row")))
        self.assertEqual(len(rows), min(day_total, 100))
        ids = [r.get_attribute("data-conversation-id").lower() for r in rows]
        self.assertIn(Story.conversation_id.lower(), ids)
        agent.execute_script("arguments[0].scrollIntoView({block: 'center'})", rows[0])
        shot(agent, "s-drill-down-to-the-days-conversations")
        link = [r for r in rows if r.get_attribute("data-conversation-id").lower() == Story.conversation_id.lower()][0]
        link.find_element(*testid("drill-link")).click()
        wait(agent, 30).until(lambda d: Story.conversation_id.lower() in d.current_url.lower()
                              and d.find_elements(*testid("conversation-status")))
        shot(agent, "s-the-conversation-behind-the-figure")
        self.assertEqual(console_errors(agent, allowed=("401",)), [])

    def test_t_a_reviewer_teaches_an_unanswered_question_to_an_article_and_it_is_answered_from_it(self):
        question = "How many days until the box lands here?"

        def ask(visitor):
            status, opened = api("POST", "/api/v1/widget/sessions", body={
                "workspace_key": "pk_demo_voltra", "visitor_id": visitor, "language": "en"})
            self.assertEqual(status, 201, opened)
            request = urllib.request.Request(BASE + "/api/v1/widget/messages", method="POST", data=json.dumps(
                {"body": question, "client_message_id": visitor}).encode())
            request.add_header("Authorization", "Bearer " + opened["token"])
            request.add_header("Content-Type", "application/json")
            with urllib.request.urlopen(request, timeout=60) as response:
                return json.loads(response.read())["reply"]

        first = ask("visitor-review-browser-01")
        self.assertEqual(first["decision"], "handoff", first)
        agent = Story.agent
        agent.get(BASE + "/console/#/review")
        items = wait(agent, 30).until(lambda d: [i for i in d.find_elements(*testid("review-item"))
                                                 if question in i.text])
        card = items[0]
        self.assertEqual(card.get_attribute("data-kind"), "abstained")
        Select(card.find_element(*testid("review-article"))).select_by_visible_text("How long does delivery take? (en)")
        agent.execute_script("arguments[0].scrollIntoView({block: 'center'})", card)
        card.find_element(*testid("review-check")).click()
        result = wait(agent, 30).until(lambda d: card.find_element(*testid("review-check-result")))
        self.assertEqual(len(result.find_elements(By.CSS_SELECTOR, ".trend-bad")), 0, result.text)
        learn = card.find_element(*testid("review-learn"))
        wait(agent).until(lambda d: learn.is_enabled())
        shot(agent, "t-the-check-passes")
        learn.click()
        wait(agent, 30).until(lambda d: not [i for i in d.find_elements(*testid("review-item")) if question in i.text])
        shot(agent, "t-learned-and-gone-from-the-queue")
        again = ask("visitor-review-browser-02")
        self.assertEqual(again["decision"], "answer", again)
        self.assertEqual(again["citations"][0]["title"], "How long does delivery take?", again)
        self.assertEqual(console_errors(agent, allowed=("401",)), [])

    def test_u_a_lead_reviews_an_agents_conversation_and_corrects_a_score(self):
        admin = make_driver(1280, 900)
        try:
            admin.get(BASE + "/console/")
            wait(admin).until(EC.visibility_of_element_located(testid("console-email"))).send_keys(ADMIN_EMAIL)
            admin.find_element(*testid("console-password")).send_keys(AGENT_PASSWORD)
            click(admin, by_testid("console-signin"))
            wait(admin).until(EC.visibility_of_element_located(testid("nav-reports")))
            admin.get(BASE + "/console/#/quality")
            rows = wait(admin, 30).until(lambda d: d.find_elements(*testid("quality-agent")))
            self.assertTrue(rows, "agents who resolved conversations are listed")
            status, story = api("GET", f"/api/v1/conversations/{Story.conversation_id}", key=ADMIN_KEY)
            agent_id = (story.get("assignee_id") or "").lower()
            mine = [r for r in rows if r.get_attribute("data-agent-id").lower() == agent_id]
            self.assertTrue(mine, (agent_id, [r.get_attribute("data-agent-id") for r in rows]))
            mine[0].find_element(By.CSS_SELECTOR, "button").click()
            links = wait(admin, 30).until(lambda d: [b for b in d.find_elements(*testid("quality-conversation"))
                                                     if b.get_attribute("data-conversation-id").lower() == Story.conversation_id.lower()])
            links[0].click()
            panel = wait(admin, 30).until(lambda d: d.find_element(*testid("quality-review")))
            shot(admin, "u-quality-review-of-a-conversation")
            empathy = panel.find_element(*testid("quality-score-empathy"))
            empathy.clear()
            empathy.send_keys("0.3")
            panel.find_element(*testid("quality-note")).send_keys("Acknowledge the wait first.")
            panel.find_element(*testid("quality-save")).click()
            wait(admin, 30).until(lambda d: d.find_elements(*testid("quality-overridden")))
            shot(admin, "u-the-lead-corrected-a-score")
            status, review = api("GET", f"/api/v1/quality/conversations/{Story.conversation_id}", key=ADMIN_KEY)
            self.assertEqual(status, 200, review)
            self.assertEqual(review["scores"]["empathy"], 0.3)
            self.assertEqual(review["note"], "Acknowledge the wait first.")
            self.assertTrue(review["overridden"])
            self.assertEqual(console_errors(admin, allowed=("401",)), [])
        finally:
            admin.quit()

    def test_v_without_the_live_stream_the_console_polls_and_new_messages_still_arrive(self):
        # As behind a proxy that buffers server-sent events: the console is told to poll instead of streaming.
        status, conversation = api("POST", "/api/v1/conversations", key=ADMIN_KEY,
                                   body={"customer": {"external_id": "cus_1003"}, "channel": "api"})
        self.assertEqual(status, 201, conversation)
        status, posted = api("POST", f"/api/v1/conversations/{conversation['id']}/messages", key=ADMIN_KEY,
                             body={"body": "How long does delivery to Riga take?", "await_reply": True})
        self.assertEqual(status, 201, posted)
        agent = make_driver(1280, 800)
        try:
            agent.get(BASE + "/console/")
            agent.execute_script("localStorage.setItem('heed.console.events', 'poll')")
            agent.get(BASE + "/console/")
            wait(agent).until(EC.visibility_of_element_located(testid("console-email"))).send_keys(AGENT_EMAIL)
            agent.find_element(*testid("console-password")).send_keys(AGENT_PASSWORD)
            click(agent, by_testid("console-signin"))
            wait(agent, 30).until(lambda d: d.find_element(By.ID, "live-status").get_attribute("data-status") == "polling")
            agent.get(BASE + f"/console/#/conversations/{conversation['id']}")
            wait(agent, 30).until(lambda d: any("Riga" in m.text for m in d.find_elements(*testid("thread-message"))))
            shot(agent, "v-console-polling-shows-the-conversation")
            question = "And can I pick it up in a store instead?"
            status, posted = api("POST", f"/api/v1/conversations/{conversation['id']}/messages", key=ADMIN_KEY,
                                 body={"body": question})
            self.assertEqual(status, 201, posted)
            # Polling runs every 5 seconds: the new message shows without a reload.
            wait(agent, 30).until(lambda d: any(
                m.get_attribute("data-author") == "customer" and question in m.text
                for m in d.find_elements(*testid("thread-message"))))
            shot(agent, "v-a-new-message-arrives-by-polling")
            self.assertEqual(agent.find_element(By.ID, "live-status").get_attribute("data-status"), "polling")
            self.assertEqual(console_errors(agent, allowed=("401",)), [])
        finally:
            agent.quit()


if __name__ == "__main__":
    print(f"Browser tests against {BASE}; screenshots in {OUTPUT}", flush=True)
    suite = unittest.TestLoader().loadTestsFromTestCase(BrowserStory)
    result = unittest.TextTestRunner(verbosity=2, failfast=True).run(suite)
    sys.exit(0 if result.wasSuccessful() else 1)
