"""The discussions' signal wiring, connected in `ConversationConfig.ready` (`connect()`).

- The data export (`members.accounts.account_exporting`) includes the threads a person
  started, their posts (with the text) and their reports.
- Account deletion needs nothing here: `members.accounts.delete_account` re-attributes
  threads, posts and reports to "voormalig lid", like everything else a member wrote.
"""

from members.accounts import account_exporting

from .models import Post, Report, Thread


def export_conversation(sender, user, data, **kwargs):
    data["conversation"] = {
        "threads": [
            {
                "id": thread.pk,
                "space": thread.space.title,
                "title": thread.title,
                "kind": thread.kind,
                "visibility": thread.visibility,
                "created_at": thread.created_at.isoformat(),
                "deleted": thread.is_deleted,
            }
            for thread in Thread.objects.filter(author=user).select_related("space")
        ],
        "posts": [
            {
                "id": post.pk,
                "thread": post.thread.title,
                "text": post.text,
                "created_at": post.created_at.isoformat(),
                "edited_at": post.edited_at.isoformat() if post.edited_at else None,
                "hidden": post.hidden,
                "deleted": post.is_deleted,
            }
            for post in Post.objects.filter(author=user).select_related("thread")
        ],
        "reports": [
            {
                "post": report.post_id,
                "reason": report.reason,
                "created_at": report.created_at.isoformat(),
                "handled": report.handled,
            }
            for report in Report.objects.filter(reporter=user)
        ],
    }


def connect():
    account_exporting.connect(export_conversation, dispatch_uid="conversation.export")
