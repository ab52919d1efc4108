"""Two spaces with discussions, and one person per role, for the conversation tests.

Space A ("Alfa") holds a members-only thread whose title and reply carry words that
appear nowhere else, a public question with replies, and a hidden public thread; space
B ("Bravo") a thread of its own. Coordinator A coordinates A only; coordinator AB
coordinates both (to test moving)."""

from conversation.factories import PostFactory, QuestionFactory, ThreadFactory
from conversation.models import Visibility
from cop.factories import CommunityPageFactory
from cop.models import JoinPolicy
from core.factories import get_home_page
from members.factories import MembershipFactory, UserFactory

SECRET_TITLE = "Besloten overleg xk4alfatitel"
SECRET_OPENING = "Vertrouwelijke opening xk4alfaopening"
SECRET_REPLY = "Vertrouwelijke reactie xk4alfareactie"
HIDDEN_TITLE = "Verborgen onderwerp xk4verborgen"


def build_conversation_world(obj):
    get_home_page()
    obj.space_a = CommunityPageFactory(
        title="Alfa-community", slug="alfa", join_policy=JoinPolicy.REQUEST
    )
    obj.space_b = CommunityPageFactory(
        title="Bravo-community", slug="bravo", join_policy=JoinPolicy.OPEN
    )
    obj.member_a = UserFactory(email="lid-a@example.org", first_name="Anna", last_name="Alfa")
    obj.member_a2 = UserFactory(email="lid-a2@example.org", first_name="Aart", last_name="Alfa")
    obj.coordinator_a = UserFactory(
        email="coordinator-a@example.org", first_name="Cor", last_name="Alfa"
    )
    obj.coordinator_ab = UserFactory(email="coordinator-ab@example.org", first_name="Cas")
    obj.member_b = UserFactory(email="lid-b@example.org", first_name="Bert", last_name="Bravo")
    obj.coordinator_b = UserFactory(email="coordinator-b@example.org", first_name="Bo")
    obj.former_a = UserFactory(email="oud-lid-a@example.org", first_name="Olga")
    obj.outsider = UserFactory(email="buiten@example.org", first_name="Bas")
    for user in (obj.member_a, obj.member_a2):
        MembershipFactory(user=user, space=obj.space_a)
    MembershipFactory(user=obj.coordinator_a, space=obj.space_a, role="coordinator")
    MembershipFactory(user=obj.coordinator_ab, space=obj.space_a, role="coordinator")
    MembershipFactory(user=obj.coordinator_ab, space=obj.space_b, role="coordinator")
    MembershipFactory(user=obj.member_b, space=obj.space_b)
    MembershipFactory(user=obj.coordinator_b, space=obj.space_b, role="coordinator")
    MembershipFactory(user=obj.former_a, space=obj.space_a, status="left")

    obj.secret_thread = ThreadFactory(
        space=obj.space_a, author=obj.member_a, title=SECRET_TITLE, text=SECRET_OPENING
    )
    obj.secret_reply = PostFactory(
        thread=obj.secret_thread, author=obj.member_a2, text=SECRET_REPLY
    )
    obj.question = QuestionFactory(
        space=obj.space_a,
        author=obj.member_a,
        title="Wie kent een goede aanpak voor thuiszitters?",
        visibility=Visibility.PUBLIC,
        text="Wij zoeken een aanpak die werkt.",
    )
    obj.answer = PostFactory(
        thread=obj.question, author=obj.member_a2, text="Kijk eens naar de aanpak van Zwolle."
    )
    obj.hidden_thread = ThreadFactory(
        space=obj.space_a,
        author=obj.member_a2,
        title=HIDDEN_TITLE,
        visibility=Visibility.PUBLIC,
        hidden=True,
    )
    obj.thread_b = ThreadFactory(
        space=obj.space_b, author=obj.member_b, title="Overleg in Bravo", text="Tekst in Bravo."
    )
    obj.reply_b = PostFactory(thread=obj.thread_b, author=obj.coordinator_b, text="Reactie Bravo.")
