"""Single-use links: confirming an account, resetting a password.

Django's token generator hashes the user's state into the token; ours adds
`is_active`, so a confirmation link stops working once the account is confirmed.
Links expire after `PASSWORD_RESET_TIMEOUT` seconds (Django's setting; three days).
"""

from django.contrib.auth.tokens import PasswordResetTokenGenerator


class ConfirmationTokenGenerator(PasswordResetTokenGenerator):
    key_salt = "members.tokens.ConfirmationTokenGenerator"

    def _make_hash_value(self, user, timestamp):
        return f"{super()._make_hash_value(user, timestamp)}{user.is_active}"


confirmation_token = ConfirmationTokenGenerator()

default_token_generator = PasswordResetTokenGenerator()
