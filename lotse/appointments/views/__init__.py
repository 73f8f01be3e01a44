"""Portal pages of appointments, one module per sub-domain: booking (with the slot lists),
waitlist, queue (the newcomer side of the virtual office) and staff."""
