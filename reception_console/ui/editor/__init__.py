"""The supervisor's card editor: clinics, lines, specialists, services, knowledge, scripts, history,
the questions inbox, the new clinic wizard, import/export; and the admin's people dialog."""
