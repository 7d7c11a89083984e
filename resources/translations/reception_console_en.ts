<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
  <context>
    <name>ActiveCallsModel</name>
    <message>
      <location filename="../../reception_console/ui/models/calls_model.py" line="+69" />
      <source>Ringing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>On the line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Outcome not saved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Saved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+23" />
      <source>Unknown line %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AddPersonDialog</name>
    <message>
      <location filename="../../reception_console/ui/editor/people_dialog.py" line="+49" />
      <source>Add a person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Login</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Name in greetings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Password</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AgeLimit</name>
    <message>
      <location filename="../../reception_console/ui/fields.py" line="+198" />
      <source>years</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>no upper limit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>from birth</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AnswerDialog</name>
    <message>
      <location filename="../../reception_console/ui/editor/questions_tab.py" line="+31" />
      <source>Add the answer to the card</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Question</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Answer or steps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Tags</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location line="+2" />
      <source>Asked %n time(s). Saving closes the question for everyone who asked it.</source>
      <translation>
        <numerusform>Asked %n time. Saving closes the question for everyone who asked it.</numerusform>
        <numerusform>Asked %n times. Saving closes the question for everyone who asked it.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <location filename="../../reception_console/app.py" line="+512" />
      <source>Read only: %1 Cards are shown at every ring; calls and what you type are kept on this PC and stored once that is done.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+22" />
      <location line="+17" />
      <location line="+61" />
      <source>Reception Console</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-60" />
      <source>The database cannot be opened:
%1

%2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+61" />
      <source>A settings file could not be read and was ignored:
%1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+172" />
      <source>The phone is ringing: %1 — %2. Sign in to answer; the call is recorded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-404" />
      <source>Embedded database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>Shared database</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AssignDialog</name>
    <message>
      <location filename="../../reception_console/ui/dashboard/assign_dialog.py" line="+36" />
      <source>Assign training</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Receptionist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>&amp;Practice a scenario</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Take the monthly &amp;test</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>Clinic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Scenario</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>e.g. before your first shift on this line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>&amp;Receptionist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>&amp;Clinic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>&amp;Scenario</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>&amp;Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+11" />
      <source>any of the clinic's scenarios</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+8" />
      <source>Choose a receptionist and a clinic.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AuditDialog</name>
    <message>
      <location filename="../../reception_console/ui/editor/audit_dialog.py" line="+31" />
      <location line="+69" />
      <source>Audit trail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-64" />
      <source>viewed a caller's history</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>exported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>changed a clinic card</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>changed a person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>anonymised old calls</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>handed out a caller's data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>erased a caller's data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>wrong passwords: sign-in slowed down</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Who</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>What</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>About</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>login</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>PC</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Login or PC</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Wrong passwords in a row</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Last one</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>Events</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>Sign-in lockouts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>Export…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+20" />
      <source>Export the audit trail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>Cannot write %1: %2</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CallAnnouncements</name>
    <message>
      <location filename="../../reception_console/ui/console/announcements.py" line="+31" />
      <source>Call ringing: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+8" />
      <source>Waiting too long: %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CallBackTime</name>
    <message>
      <location filename="../../reception_console/ui/console/call_back_time.py" line="+15" />
      <source>In the morning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>In the afternoon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>After 17:00</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Any time</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CallBackTimeField</name>
    <message>
      <location line="+16" />
      <source>e.g. Friday after 15:00</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CallHeader</name>
    <message>
      <location filename="../../reception_console/ui/console/call_header.py" line="+60" />
      <source>Answer  F9</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>End  F10</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+78" />
      <source>Calling back %1</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location line="-16" />
      <source>Returning patient · %n earlier call(s)</source>
      <translation>
        <numerusform>Returning patient · %n earlier call</numerusform>
        <numerusform>Returning patient · %n earlier calls</numerusform>
      </translation>
    </message>
    <message>
      <location line="+9" />
      <source>The caller hung up before anyone answered</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CallbacksModel</name>
    <message>
      <location filename="../../reception_console/ui/models/callbacks_model.py" line="+52" />
      <source>%1 · by %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+9" />
      <source>Overdue: call back by %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Call back by %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CardEditorWindow</name>
    <message>
      <location filename="../../reception_console/ui/editor/window.py" line="+60" />
      <source>Clinic cards — Reception Console</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+9" />
      <source>Show archived</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <location line="+77" />
      <source>New clinic…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-76" />
      <location line="+135" />
      <source>Archive</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-142" />
      <location line="+14" />
      <source>Clinics</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+22" />
      <source>Save  Ctrl+S</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Discard changes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+31" />
      <source>Cards</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+13" />
      <source>Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Global prompts…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Import…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Export all…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Export this clinic…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>People…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Audit trail…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+12" />
      <source>(archived)</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location line="+2" />
      <source>%n open question(s)</source>
      <translation>
        <numerusform>%n open question</numerusform>
        <numerusform>%n open questions</numerusform>
      </translation>
    </message>
    <message>
      <location line="+35" />
      <source>Restore</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+19" />
      <source>unsaved changes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>saved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>version %1 · %2</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location line="+20" />
      <source>%n problem(s) to fix before saving. First: %1</source>
      <translation>
        <numerusform>%n problem to fix before saving. First: %1</numerusform>
        <numerusform>%n problems to fix before saving. First: %1</numerusform>
      </translation>
    </message>
    <message>
      <location line="+22" />
      <source>The database cannot be reached; nothing was saved and your edits are still here. (%1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>Saved. Consoles showing this card update within 2 seconds.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+11" />
      <source>Your changes are on top of theirs: check and save.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+16" />
      <source>Save the changes to %1?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+29" />
      <source>The item this change was about has been removed from the card since.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>The item is on the card already.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <location line="+6" />
      <source>Revert</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>This change cannot be reverted now:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+31" />
      <source>The card changed meanwhile; try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>The answer is on the card; the question is closed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+22" />
      <source>%1 created.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CardErrors</name>
    <message>
      <location filename="../../reception_console/ui/fields.py" line="-173" />
      <source>Fill this in.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Too long: at most %1 characters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Keep this on one line.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Contains invisible control characters; retype it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Use lower-case letters, digits and dashes, e.g. med-centrum.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Another clinic has this key.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Choose the language of the card.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Choose a time zone such as Europe/Warsaw.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Use a three-letter currency code such as PLN.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Enter an amount such as 180 or 180.50.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>A price cannot be negative.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>At most two decimal places.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Too large: at most %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Too small: at least %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Enter the number with its country code, e.g. +48 22 843 12 00.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>A clinic needs at least one phone line.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>This number is listed twice.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>This number is already a line of %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Two specialists have the same key.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>The upper age limit is below the lower one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Choose a specialist of this clinic.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Two-letter language codes separated by commas, e.g. pl, en.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>This is not an e-mail address.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Messages by e-mail need an e-mail address.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Messages by SMS need a mobile number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>%1 is a landline: it cannot receive SMS.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Unknown placeholder %1: use {time_of_day}, {clinic}, {receptionist}, {role}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>This objection is listed twice.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Another console saved a clashing change; reload and try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Not a field of the card format.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>%1 is not a field of the card format.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Must be text.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Must be a whole number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Missing: this is required.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Must be an amount in quotes, such as "180.00".</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>%1 is not an amount.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Must be a list of texts.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Must be a list.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Must be an object { … }.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Must be one of: %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Must be %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>The language %1 has another script in this file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Another clinic in this file has the key %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Not valid JSON (%1).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Not a card file (nested too deeply).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>%1 MB is too large for a card file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Not UTF-8 text.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Cannot be read (%1).</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CardFields</name>
    <message>
      <location line="+153" />
      <source>Only in the console</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>E-mail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>SMS</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>E-mail and SMS</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CardFiles</name>
    <message>
      <location filename="../../reception_console/ui/editor/files.py" line="+40" />
      <source>Card files (*.json)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+12" />
      <location line="+32" />
      <location line="+11" />
      <source>Import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-41" />
      <source>%1 was not imported: nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+15" />
      <source>Import clinic cards</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+16" />
      <source>The cards in %1 are already as the file says.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>Import %1?

New clinics: %2
Updated clinics: %3
Unchanged: %4
Global prompts: %5</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+23" />
      <source>%1 imported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+9" />
      <source>Export clinic cards</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+8" />
      <source>Export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Cards written to %1.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CardLists</name>
    <message>
      <location filename="../../reception_console/ui/editor/item_forms.py" line="+66" />
      <source>Number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Label</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+69" />
      <source>Specialist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Specialty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Ages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Visit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+69" />
      <source>Service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Who</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Price</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+32" />
      <source>Question</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Tags</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+24" />
      <source>Phrase</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CardPanel</name>
    <message>
      <location filename="../../reception_console/ui/console/card_panel.py" line="+107" />
      <source>Search the card, or type an age: 5, 5 lat, 8 mies, 6 months…  (Ctrl+F)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Search the card</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+28" />
      <location line="+19" />
      <source>Specialists</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-18" />
      <location line="+19" />
      <source>Services and prices</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-18" />
      <location line="+19" />
      <source>Algorithms for hard questions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+102" />
      <source>age %1</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location line="+2" />
      <source>%1 of %n specialist(s)</source>
      <translation>
        <numerusform>%1 of %n specialist</numerusform>
        <numerusform>%1 of %n specialists</numerusform>
      </translation>
    </message>
    <message>
      <location line="+17" />
      <source>No algorithm matches the search.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CardTabs</name>
    <message>
      <location filename="../../reception_console/ui/editor/card_tabs.py" line="+47" />
      <source>Add line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+8" />
      <source>Add specialist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+8" />
      <source>Add service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+7" />
      <source>Add entry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>Clinic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Greeting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Phone lines</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Specialists</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Services</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Prompts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-1" />
      <source>Knowledge</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>History</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Questions</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ChangeFields</name>
    <message>
      <location filename="../../reception_console/ui/models/changes_model.py" line="+42" />
      <source>name and title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>time zone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>currency</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>average check</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>how to get there</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>parking</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>opening hours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>owner / manager</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>the {role} word</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>greeting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>label</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>specialty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>patients from (months)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>patients up to (months)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>visit length (min)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>languages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>specialist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>price</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>duration (min)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>preparation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>question</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>answer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>tags</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>objection prompts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>ready phrases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>specialists</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>services</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>knowledge entries</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Changes</name>
    <message>
      <location line="-57" />
      <source>Clinic details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Phone line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Specialist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Knowledge entry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Prompts and phrases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Order of the lists</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>added</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>removed (archived)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>brought back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+58" />
      <source>command line</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ChangesModel</name>
    <message>
      <location line="+27" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>Who</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>What</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>Change</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ClinicFacts</name>
    <message>
      <location filename="../../reception_console/ui/console/clinic_facts.py" line="+35" />
      <source>Address</source>
      <translation />
    </message>
    <message>
      <location line="+0" />
      <source>Directions</source>
      <translation />
    </message>
    <message>
      <location line="+0" />
      <source>Parking</source>
      <translation />
    </message>
    <message>
      <location line="+11" />
      <source>Opening hours</source>
      <translation />
    </message>
  </context>
  <context>
    <name>ClinicForm</name>
    <message>
      <location filename="../../reception_console/ui/editor/clinic_tab.py" line="+67" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>said in the greeting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>made from the name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Identifies the clinic in card files; it does not change once saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Language of the card</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Time zone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>Currency</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Average check</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>For the estimate of revenue lost on missed and unbooked calls.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Owner / manager</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Owner's phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Owner's e-mail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Messages for the owner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Keep callers' data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source> months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>After this many months the clinic's calls are anonymised: the caller's number and name, the patient's name, notes and messages are cleared. The figures stay as they were.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>How to get there</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Parking</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Opening hours</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ClinicPage</name>
    <message>
      <location filename="../../reception_console/ui/editor/wizard.py" line="+92" />
      <source>The clinic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Its name as said in the greeting, the language of its patients and the numbers they dial.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+8" />
      <source>Add line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <location line="+3" />
      <source>Phone lines</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ClinicWizard</name>
    <message>
      <location line="+140" />
      <source>New clinic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+8" />
      <source>Add specialist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+7" />
      <source>Add service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>Address and how to get there</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Street address; public transport, landmarks, which entrance, which floor.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>How to get there</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <location line="+2" />
      <source>Parking</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-1" />
      <source>Where patients park, whether it is free, how to get in.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <location line="+2" />
      <source>Opening hours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-1" />
      <source>One line per group of days, e.g. Mon–Fri 8:00–20:00.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>Specialists and the ages they accept</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Who sees patients, and from what age up to what age (in years or months).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>Visit length</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>How long one visit with each specialist takes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>Services and preparation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>What patients book, who performs it, and what they must do before the visit.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Prices</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>The price of each service.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>Create clinic</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ConflictDialog</name>
    <message>
      <location filename="../../reception_console/ui/editor/conflict_dialog.py" line="+29" />
      <source>The card was changed meanwhile</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>%1 was saved by someone else while you edited it. Nothing of yours was saved yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+8" />
      <source>Before</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>Yours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>Now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+7" />
      <source>The clinic was archived or restored meanwhile.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Your changes, not saved yet:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+10" />
      <source>Reapply: your edits are put on top of the card as it is now (where you both changed the same field, yours wins); check the result and save again. Reload: your edits are dropped.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>Reapply my changes on top</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Discard mine and reload</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Keep editing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+11" />
      <source>What changed meanwhile:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Crash</name>
    <message>
      <location filename="../../reception_console/platform/crash.py" line="+31" />
      <source>Reception Console</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Something went wrong inside the console. What you typed is kept as a draft.

Please tell IT and give them the log file:
%1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Dashboard</name>
    <message>
      <location filename="../../reception_console/ui/dashboard/tables.py" line="+26" />
      <source>Too expensive</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Will think</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>No suitable time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Location</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Wants a specific doctor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Other</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+10" />
      <location line="+53" />
      <source>Receptionist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-52" />
      <source>(not signed in)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <location line="+71" />
      <location line="+78" />
      <source>Offered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-148" />
      <location line="+71" />
      <source>Answered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-70" />
      <location line="+71" />
      <location line="+77" />
      <source>Missed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-146" />
      <location line="+70" />
      <source>Answer rate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-67" />
      <source>Service level</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>Speed of answer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Handle time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <location line="+61" />
      <source>Booked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-60" />
      <source>Not booked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <location line="+47" />
      <location line="+13" />
      <source>Conversion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-59" />
      <source>Line conversion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Lost bookings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Follow-ups</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Recovered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Callback coverage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Show rate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Receptionists</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+17" />
      <source>Reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Calls</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Share</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Refusal reasons</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+7" />
      <source>Target bookings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Booked so far</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Target conversion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>Monthly targets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>From</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+8" />
      <source>Trend</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>Mon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Tue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Wed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Thu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Fri</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Sat</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Sun</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+8" />
      <location line="+50" />
      <source>Day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-48" />
      <source>Calls by hour</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+20" />
      <source>%1 offered, %2 missed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+29" />
      <source>Hour</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+10" />
      <source>Due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <location line="+23" />
      <source>Clinic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-20" />
      <source>For</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <location line="+19" />
      <source>Patient</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-18" />
      <location line="+19" />
      <source>Phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-18" />
      <source>Call back when</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Message</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>Delivery</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>Visit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Specialist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Expected value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Visits to mark</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DashboardWindow</name>
    <message>
      <location filename="../../reception_console/ui/dashboard/window.py" line="+97" />
      <source>Supervisor dashboard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+24" />
      <source>Why patients did not book</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+31" />
      <source>Offered calls by day of the week and hour (local time); red: share missed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+16" />
      <source>Overview</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Trend and hours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Loss points</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Work lists</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+11" />
      <source>Training</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+20" />
      <source>Today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>This week</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>This month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Last month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Custom…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>First day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Last day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+10" />
      <source>All clinics</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>answered within </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>s</source>
      <comment>unit: seconds</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>by day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>by week</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../reception_console/ui/dashboard/widgets.py" line="+182" />
      <location filename="../../reception_console/ui/dashboard/window.py" line="+2" />
      <source>Export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../reception_console/ui/dashboard/window.py" line="+9" />
      <source>Period</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Clinic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <location line="+22" />
      <source>Service level</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-21" />
      <source>Trend</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+19" />
      <source>Booking conversion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Answer rate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Show rate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Line conversion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Calls offered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Speed of answer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Follow-ups recovered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Missed calls called back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Lost revenue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+67" />
      <source>Loading…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>The figures could not be loaded: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+12" />
      <location line="+3" />
      <location line="+10" />
      <source>goal %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-5" />
      <source>within %1 s · goal %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+9" />
      <source>%1 est. target calls</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>%1 answered · %2 missed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>handle time %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>booked within 30 days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>within %1 h · median %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>%1 lost bookings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>choose a clinic: currencies differ</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+10" />
      <source>%1 – %2 · computed in %3 ms</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+21" />
      <source>The goal conversion is above 0% and at most 100%.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Goal and average check saved for the clinic.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+7" />
      <source>Monthly target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Target saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+9" />
      <source>All tables to Excel (XLSX)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>%1 to CSV…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+10" />
      <source>Export to Excel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>Export to CSV</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../reception_console/ui/dashboard/widgets.py" line="+1" />
      <source>Cannot write %1: %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../reception_console/ui/dashboard/window.py" line="+11" />
      <source>Exported to %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DatabaseAction</name>
    <message>
      <location filename="../../reception_console/ui/database_dialog.py" line="+126" />
      <source>Shared database…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+12" />
      <source>Shared database saved: consoles on this PC use it from their next start.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DatabaseDialog</name>
    <message>
      <location line="-104" />
      <source>Shared database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+9" />
      <source>libpq's default</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+7" />
      <source>&amp;Server:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>&amp;Port:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>&amp;Database:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>&amp;TLS:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>&amp;CA certificate:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>&amp;Unattended sign-in:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Its pass&amp;word:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Leave the unattended sign-in empty where people sign in themselves. Its password is kept in the system keyring, never in a file. Consoles on this PC use the new settings from their next start.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+30" />
      <source>Enter the server and the database.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>The CA certificate file does not exist.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>The system keyring refused the password; nothing was saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+14" />
      <source>The settings could not be written:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Delivery</name>
    <message>
      <location filename="../../reception_console/ui/delivery_text.py" line="+14" />
      <source>E-mail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>SMS</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>sent at %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>failed: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>passed on by phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>queued, trying again at %1 (%2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>queued</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <location filename="../../reception_console/ui/error_text.py" line="+20" />
      <source>Enter a phone number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../reception_console/ui/console/outgoing_call.py" line="+71" />
      <source>The phone link holds no number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>The phone link is too long to be a phone number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <location filename="../../reception_console/ui/error_text.py" line="+1" />
      <source>“%1” is not a phone number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../reception_console/ui/error_text.py" line="+1" />
      <source>“%1” has too few or too many digits.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+45" />
      <source>A target cannot be negative.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>A conversion target is between 0% and 100%.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>The goal conversion is above 0% and at most 100%.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>The average check cannot be negative.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+7" />
      <source>This console is older than the database: install the new version (the database is at schema %1; this version knows up to %2). Or point this console at another database.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+13" />
      <source>The shared database has no tables yet: IT sets it up with “reception-console db init”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>The shared database must be upgraded by IT: “reception-console db upgrade” (it is at schema %1; this console needs %2). Nothing was changed.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Format</name>
    <message numerus="yes">
      <location filename="../../reception_console/ui/formatting.py" line="+24" />
      <source>%n month(s)</source>
      <translation>
        <numerusform>%n month</numerusform>
        <numerusform>%n months</numerusform>
      </translation>
    </message>
    <message>
      <location line="+29" />
      <source>all ages</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location line="-12" />
      <source>%n min</source>
      <translation>
        <numerusform>%n min</numerusform>
        <numerusform>%n min</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location line="-20" />
      <source>%n year(s)</source>
      <translation>
        <numerusform>%n year</numerusform>
        <numerusform>%n years</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location line="+8" />
      <source>from %n month(s)</source>
      <translation>
        <numerusform>from %n month</numerusform>
        <numerusform>from %n months</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location line="+3" />
      <source>up to %n year(s)</source>
      <translation>
        <numerusform>up to %n year</numerusform>
        <numerusform>up to %n years</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location line="+3" />
      <source>up to %n month(s)</source>
      <translation>
        <numerusform>up to %n month</numerusform>
        <numerusform>up to %n months</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location line="+3" />
      <source>%1–%n year(s)</source>
      <translation>
        <numerusform>%1–%n year</numerusform>
        <numerusform>%1–%n years</numerusform>
      </translation>
    </message>
    <message>
      <location line="+65" />
      <source>number withheld</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>GapDialog</name>
    <message>
      <location filename="../../reception_console/ui/console/gap_dialog.py" line="+32" />
      <source>Couldn't answer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Type the patient's question: your supervisor sees it and adds the answer to the card.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Clinic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>(no clinic)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Question</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Pass it on</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>GapsModel</name>
    <message>
      <location filename="../../reception_console/ui/models/gaps_model.py" line="+40" />
      <source>Question</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>Asked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>Last asked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>By</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location line="+11" />
      <source>%n time(s)</source>
      <translation>
        <numerusform>%n time</numerusform>
        <numerusform>%n times</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>GlobalScriptsDialog</name>
    <message>
      <location filename="../../reception_console/ui/editor/global_scripts.py" line="+29" />
      <source>Global prompts and phrases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+11" />
      <source>Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Language:</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location line="+32" />
      <source>%n problem(s) to fix before saving.</source>
      <translation>
        <numerusform>%n problem to fix before saving.</numerusform>
        <numerusform>%n problems to fix before saving.</numerusform>
      </translation>
    </message>
    <message>
      <location line="+4" />
      <source>Someone else saved these prompts meanwhile; they are reloaded.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>GreetingForm</name>
    <message>
      <location filename="../../reception_console/ui/editor/clinic_tab.py" line="+79" />
      <source>Greeting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>The {role} word</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Insert:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+7" />
      <source>What the receptionist reads out:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+53" />
      <source>As said at %1 local time by %2.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>GreetingPage</name>
    <message>
      <location filename="../../reception_console/ui/editor/wizard.py" line="-109" />
      <source>The greeting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>What the receptionist says when she picks up. Check it, then create the clinic.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>HistoryModel</name>
    <message>
      <location filename="../../reception_console/ui/models/history_model.py" line="+47" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>Clinic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>Outcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>Details</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>HistoryTab</name>
    <message>
      <location filename="../../reception_console/ui/editor/history_tab.py" line="+61" />
      <source>Changes to the card</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+12" />
      <source>The change, before and after</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Revert this change</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+32" />
      <source>Before</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>After</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ItemsEditor</name>
    <message>
      <location filename="../../reception_console/ui/editor/items.py" line="+99" />
      <source>Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Removed items are archived: calls that refer to them keep them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Move up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Move down</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>KnowledgeForm</name>
    <message>
      <location filename="../../reception_console/ui/editor/item_forms.py" line="-50" />
      <source>Question or situation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Answer or steps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Tags</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>payment, card, parking</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LineForm</name>
    <message>
      <location line="-184" />
      <source>Number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Label</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>Registration, children…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LossCalculator</name>
    <message>
      <location filename="../../reception_console/ui/dashboard/loss_calculator.py" line="+46" />
      <source>Choose one clinic above to see its loss points.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+9" />
      <source>mean of the period's bookings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Save for this clinic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>Goal conversion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Average check</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+36" />
      <source>Loss points</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Loss points — %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+30" />
      <source>The average check is an amount, e.g. 3500 or 260.50.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+14" />
      <source>(mean of the period's bookings)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Calls answered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Non-target, measured</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>information only + non-target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Target calls answered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>booked + not booked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Target share</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Missed calls at the same mix</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Estimated target calls</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Bookings at the goal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Booked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Lost bookings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Lost revenue</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../reception_console/ui/console/main_window.py" line="+109" />
      <location filename="../../reception_console/ui/console/person_at_console.py" line="+88" />
      <source>Reception Console</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../reception_console/ui/console/calls_column.py" line="+23" />
      <source>No calls.

Incoming calls appear here.
Ctrl+N starts one by hand.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-2" />
      <location line="+12" />
      <source>Calls</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../reception_console/ui/console/window_actions.py" line="+62" />
      <source>Main</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+18" />
      <source>New call  Ctrl+N</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>My tasks  Ctrl+T</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Couldn't answer  Ctrl+K</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>Edit cards  Ctrl+E</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Dashboard  Ctrl+D</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Practice…  Ctrl+Shift+P</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Switch user  Ctrl+Shift+L</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../reception_console/ui/console/person_at_console.py" line="-38" />
      <source>receptionist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>supervisor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>admin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../reception_console/ui/console/main_window.py" line="+152" />
      <source>Missed call from %1 recorded; a callback task was created.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+59" />
      <source>The database is back; everything kept meanwhile is stored.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../reception_console/ui/console/clinic_chooser.py" line="+49" />
      <source>No call in progress. Look up a clinic's card:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-6" />
      <source>The line %1 belongs to no clinic. Choose the clinic to see its card:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-23" />
      <source>Clinic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+15" />
      <source>Choose clinic…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>Which clinic is this call for? Choose it to see its card:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../reception_console/ui/console/main_window.py" line="+103" />
      <source>Answering on the phone…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../reception_console/ui/models/tasks_model.py" line="+40" />
      <source>follow-up on %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>callback</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>message for %1</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../reception_console/ui/console/main_window.py" line="+74" />
      <source>%n unsaved call(s) from the last session restored: finish and save the outcome.</source>
      <translation>
        <numerusform>%n unsaved call from the last session restored: finish and save the outcome.</numerusform>
        <numerusform>%n unsaved calls from the last session restored: finish and save the outcome.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../reception_console/ui/console/task_actions.py" line="+105" />
      <source>Question passed on to the supervisor.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-39" />
      <location line="+10" />
      <source>Call back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-5" />
      <source>This task was done meanwhile by a colleague.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>A colleague is already calling this patient back; the task has left your list.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+9" />
      <source>Calling %1 on the phone; the outcome you save completes the task.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Dial %1 now; the outcome you save completes the task.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../reception_console/ui/console/person_at_console.py" line="+37" />
      <source>An administrator switched off %1. Sign in to go on; the calls on screen are kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../reception_console/ui/console/outgoing_call.py" line="+7" />
      <location line="+21" />
      <source>Call from a link</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-17" />
      <source>Nothing was dialled. %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+23" />
      <source>Calling %1 on the phone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Dial %1 now.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MessageSettingsAction</name>
    <message>
      <location filename="../../reception_console/ui/messages_settings.py" line="+247" />
      <source>Messages…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+9" />
      <source>Message settings saved: they apply from the next start of the console.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MessageSettingsDialog</name>
    <message>
      <location line="-183" />
      <source>Messages: e-mail and SMS</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+7" />
      <source>E-mail (SMTP)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+7" />
      <source>None</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <location line="+38" />
      <source>kept in the keyring</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-35" />
      <source>Server</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Port</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Encryption</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Login</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>From address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>From name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>SMS</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>No SMS</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>HTTP gateway</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>E-mail to SMS</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+10" />
      <source>Form</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>In the URL</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+14" />
      <source>Send SMS by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Gateway URL</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Method</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Body</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Fields</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Headers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>API token ({secret})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>E-mail-to-SMS address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <location line="+7" />
      <source>Send test message</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-4" />
      <source>E-mail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>address or mobile number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+57" />
      <source>Enter where the test message goes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Sending…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>Sent. The server answered: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>Not sent: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+19" />
      <source>The settings could not be saved: %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MissedCallsPanel</name>
    <message>
      <location filename="../../reception_console/ui/console/missed_calls.py" line="+46" />
      <source>Missed calls</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Call back</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location line="+42" />
      <source>Missed calls (%n)</source>
      <translation>
        <numerusform>Missed calls (%n)</numerusform>
        <numerusform>Missed calls (%n)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MonthlyTestAction</name>
    <message>
      <location filename="../../reception_console/ui/monthly_test.py" line="+268" />
      <source>Monthly test…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MonthlyTestDialog</name>
    <message>
      <location line="-212" />
      <source>Monthly knowledge test</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+18" />
      <source>Clinic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>&amp;Start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>&amp;Clinic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+16" />
      <source>Answers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>Press 1–4 or the arrows, then Enter.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+16" />
      <source>Answers to look at again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+17" />
      <source>There is no clinic to be tested on.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+7" />
      <source>%1 questions about this clinic's card, %2 minutes in all. Each has one right answer: press its number (or move to it with the arrows) and Enter. Questions whose answer changed since your last test come first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+27" />
      <source>%1 left</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+7" />
      <source>Question %1 of %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+44" />
      <source>%1 of %2 right (%3 %) in %4.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+9" />
      <source>no answer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>%1
    right: %2 · yours: %3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+14" />
      <source>Leave the test? What you answered so far is not kept; you can start again.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>NewCallDialog</name>
    <message>
      <location filename="../../reception_console/ui/console/new_call.py" line="+33" />
      <source>New call</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Clinic name or the number dialled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+8" />
      <source>Clinics and lines</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>e.g. 600 111 222 — leave empty if withheld</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+7" />
      <source>Start call</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+8" />
      <source>&amp;Line the call came in on:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>&amp;Caller's number:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+63" />
      <source>Choose the line, or type the number that was dialled.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>No clinic line matches “%1”, and it is not a phone number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+16" />
      <source>“%1” is not a phone number. Check the digits, or leave it empty if the number was withheld.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>OutageKeeper</name>
    <message>
      <location filename="../../reception_console/ui/console/outage.py" line="+76" />
      <source>Calls kept during an outage</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location line="-10" />
      <source>%n call(s) kept while the database was away could not be read back. The file is kept as %1; please give it to IT so the calls can be entered.</source>
      <translation>
        <numerusform>%n call kept while the database was away could not be read back. The file is kept as %1; please give it to IT so the calls can be entered.</numerusform>
        <numerusform>%n calls kept while the database was away could not be read back. The file is kept as %1; please give it to IT so the calls can be entered.</numerusform>
      </translation>
    </message>
    <message>
      <location line="+7" />
      <source>The calls kept while the database was away could not be read back. The file is kept as %1; please give it to IT so the calls can be entered.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+25" />
      <source>The database cannot be reached. Nothing is lost: calls and what you type stay here and are stored as soon as it answers again. (%1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+22" />
      <location line="+61" />
      <source>Not stored</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-56" />
      <source>The database did not allow this for your sign-in. The call stays here; please tell IT or your supervisor. (%1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>The database can be read but not written (a read-only file or server). The call stays here and is kept in the journal; please tell IT. (%1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>The database refused a value of this call. Check what was typed and save again. (%1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>The database refused this. The call stays here; please tell IT. (%1)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Outcome</name>
    <message>
      <location filename="../../reception_console/ui/outcome_names.py" line="+10" />
      <source>Booked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Not booked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Information only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Non-target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Missed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>too expensive</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>will think</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>no suitable time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>too far</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>wants a specific doctor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>other reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../reception_console/ui/models/history_model.py" line="-28" />
      <source>not saved</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>OutcomePanel</name>
    <message>
      <location filename="../../reception_console/ui/console/outcome_panel.py" line="+143" />
      <source>Speciali&amp;st:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>S&amp;ervice:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>&amp;Visit:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>E&amp;xpected value:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+12" />
      <source>What stopped the patient?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>&amp;Reason:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>In &amp;words:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>&amp;Follow up on:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>First and last name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Anything the next person should know</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Call the patient &amp;back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>&amp;Patient:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>&amp;Notes:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>&amp;Message for:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Messa&amp;ge:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-69" />
      <source>Save outcome  Ctrl+Enter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-27" />
      <source>Outcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+92" />
      <source>What to pass on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+8" />
      <source>Call back a&amp;t:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+70" />
      <source>the owner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../reception_console/ui/error_text.py" line="-63" />
      <source>Choose the outcome of the call (Ctrl+1…Ctrl+5).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>This call was answered, so it cannot be recorded as missed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>The call was never answered: press F9 to answer, or record it as missed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Choose the specialist or the service that was booked.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Choose the date and time of the visit: type it, or press Enter in the field to confirm the one proposed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Enter the patient's name: a booking needs it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>The expected value cannot be negative.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>The expected value must be an amount, e.g. 180 or 180.50.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Choose why the patient did not book.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Describe the reason in a few words.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Write the message to pass on.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Choose the clinic this call was for (above the card).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Not saved yet: the database cannot be reached. The outcome stays here; press Enter again once the database is back.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>OutgoingCallDialog</name>
    <message>
      <location filename="../../reception_console/ui/console/outgoing_call.py" line="-57" />
      <source>Call %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>&amp;Call from the line of:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Number to call:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Call</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>People</name>
    <message>
      <location filename="../../reception_console/ui/editor/people_dialog.py" line="-24" />
      <source>Use lower-case letters, digits, dots and dashes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Someone already has this login.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Enter the name said in the greeting.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>At least %1 characters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>You cannot deactivate yourself.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Someone must stay an admin to manage people.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../reception_console/ui/models/people_model.py" line="+21" />
      <source>receptionist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>supervisor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>admin</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PeopleDialog</name>
    <message>
      <location filename="../../reception_console/ui/editor/people_dialog.py" line="+48" />
      <location line="+4" />
      <source>People</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+7" />
      <source>Add…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Change role…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <location line="+36" />
      <source>Deactivate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-35" />
      <source>Reset password…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+34" />
      <source>Reactivate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+22" />
      <source>Role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+17" />
      <source>Reset password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>New password for %1 (at least %2 characters):</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PeopleModel</name>
    <message>
      <location filename="../../reception_console/ui/models/people_model.py" line="+28" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>Login</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>Role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>Can sign in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+11" />
      <source>yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>no (deactivated)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PerItemPage</name>
    <message>
      <location filename="../../reception_console/ui/editor/wizard.py" line="-31" />
      <source> min</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PhoneBridge</name>
    <message>
      <location filename="../../reception_console/ui/console/phone_bridge.py" line="+55" />
      <source>A call event could not be recorded; see the log.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+7" />
      <source>Unknown line %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>Ringing: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+16" />
      <source>A call event from the command line was ignored: %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PhoneStatusLabel</name>
    <message>
      <location filename="../../reception_console/ui/console/phone_status.py" line="+28" />
      <source>☎ Softphone connected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>☎ PBX connected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Softphone: connecting…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>PBX: connecting…</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location line="+2" />
      <source>PBX refused the sign-in; retrying in %n s</source>
      <translation>
        <numerusform>PBX refused the sign-in; retrying in %n s</numerusform>
        <numerusform>PBX refused the sign-in; retrying in %n s</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location line="+2" />
      <source>Softphone not reachable; retrying in %n s</source>
      <translation>
        <numerusform>Softphone not reachable; retrying in %n s</numerusform>
        <numerusform>Softphone not reachable; retrying in %n s</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location line="+2" />
      <source>PBX not reachable; retrying in %n s</source>
      <translation>
        <numerusform>PBX not reachable; retrying in %n s</numerusform>
        <numerusform>PBX not reachable; retrying in %n s</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PhraseForm</name>
    <message>
      <location filename="../../reception_console/ui/editor/item_forms.py" line="+214" />
      <source>Title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Words to say</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Practice</name>
    <message>
      <location filename="../../reception_console/ui/console/practice.py" line="+82" />
      <source>Practice paused: %1 resumes it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+36" />
      <source>Finish the calls in progress first: a real call comes first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+48" />
      <source>Back to live calls.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+9" />
      <source>Practice ended: another person signed in. Nothing was scored.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+50" />
      <source>Finish the real call first, then resume the practice.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+35" />
      <source>Practice: on a real call this question would go to your supervisor.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+101" />
      <source>Practice call scored. Another scenario, or back to live calls (%1).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>Practice call saved: nothing was stored as a call, nothing was sent.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../reception_console/ui/console/practice_texts.py" line="+14" />
      <source>An age the specialist does not accept</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>A price question</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Preparation for a service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>How long a visit takes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Parking</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Directions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Opening hours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>A question from the algorithms</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>“Too expensive”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>“I'll think about it”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>A question the card cannot answer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+8" />
      <source>returning patient</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>new patient</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+10" />
      <source>Question %1: the right fact found</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Question %1: found in time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Question %1: the objection prompt used</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Question %1: passed on with Couldn't answer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Answered within 9 seconds</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Greeting said</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>The right clinic's card</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Outcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>The right specialist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>The task that follows</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../reception_console/ui/console/practice_banner.py" line="+34" />
      <source>PRACTICE — not a real call</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+11" />
      <source>Greeting sa&amp;id</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>&amp;Another scenario…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Back to live calls  %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+27" />
      <source>Patient: “%1”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../reception_console/ui/console/practice_marks.py" line="+43" />
      <source>Practice mode — nothing here is a real call</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PracticeDialog</name>
    <message>
      <location filename="../../reception_console/ui/console/practice_dialog.py" line="+37" />
      <source>Practice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>A virtual patient calls on the clinic's line and you answer on this console as on a real call. Nothing is stored as a call and no message leaves; your score is kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+13" />
      <source>&amp;Clinic:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>&amp;Scenario:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+17" />
      <source>Assigned: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>No scenario for this clinic yet.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PromptsEditor</name>
    <message>
      <location filename="../../reception_console/ui/editor/script_tab.py" line="+40" />
      <source>Objection prompts (F2–F8 on a call)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+8" />
      <source>Own words for this clinic (instead of the global prompt)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>What to say</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+41" />
      <source> · own</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source> · global</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>(none)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+18" />
      <source>Global prompt: %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PromptsPanel</name>
    <message>
      <location filename="../../reception_console/ui/console/prompts_panel.py" line="+50" />
      <location line="+35" />
      <source>Objections</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-21" />
      <source>What to say</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+22" />
      <location line="+3" />
      <source>Phrases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>The caller's earlier calls</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+54" />
      <source>Press F2–F8 when the patient hesitates; the words to say appear here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+14" />
      <source>Address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-72" />
      <location line="+3" />
      <location line="+70" />
      <source>Directions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-72" />
      <location line="+14" />
      <location line="+97" />
      <source>History</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-38" />
      <source>Parking</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Opening hours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-62" />
      <location line="+99" />
      <source>History (%1)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QuestionsTab</name>
    <message>
      <location filename="../../reception_console/ui/editor/questions_tab.py" line="+24" />
      <source>Questions receptionists could not answer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+11" />
      <source>No open questions: receptionists press Ctrl+K on a call to pass one on.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Add the answer to the card…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Close: not a gap</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReportFormat</name>
    <message>
      <location filename="../../reception_console/ui/report_format.py" line="+43" />
      <source>%1 s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>%1 h %2 min</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Saving</name>
    <message>
      <location filename="../../reception_console/ui/console/saving.py" line="+93" />
      <source>Saving…</source>
      <translation />
    </message>
    <message>
      <location line="+10" />
      <source>Saved: %1.</source>
      <translation />
    </message>
    <message numerus="yes">
      <location line="+2" />
      <source>Task(s) created: %1.</source>
      <translation>
        <numerusform>Task created: %1.</numerusform>
        <numerusform>Tasks created: %1.</numerusform>
      </translation>
    </message>
    <message>
      <location line="+29" />
      <source>Not saved: the call is back in the list.</source>
      <translation />
    </message>
  </context>
  <context>
    <name>ScenarioEditor</name>
    <message>
      <location filename="../../reception_console/ui/scenario_editor.py" line="+70" />
      <source>Practice scenarios</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <location line="+94" />
      <source>Clinic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-89" />
      <source>Scenarios</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>&amp;Add</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>Re&amp;move</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>Reset to &amp;generated</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+16" />
      <source>Topic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>years</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Returning patient</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Line dialled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Steps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>The patient says</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>Fact on the card</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>Objection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>Couldn't answer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+8" />
      <source>Add step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>Remove step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Outcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Right specialist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Task</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+11" />
      <source>Ke&amp;y</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>&amp;Title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>T&amp;opic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>&amp;Patient</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Ag&amp;e</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>&amp;Line dialled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>&amp;Steps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Expected o&amp;utcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>&amp;Reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Right spe&amp;cialist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Tas&amp;k</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+10" />
      <source>&amp;Import…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>E&amp;xport…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+33" />
      <source>the clinic's own scenarios</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>generated from the card</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+80" />
      <source>Step %1: what does the patient say?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+7" />
      <source>Step %1: the objection is one of %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>A scenario needs at least one step.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>The scenario needs a key.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+55" />
      <source>New scenario</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+17" />
      <source>Forget this clinic's own scenarios and use the set generated from its card again?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+21" />
      <source>Saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+11" />
      <source>%1: nothing was imported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>%1: imported %2 scenario(s).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Import scenarios</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>Scenario files (*.json)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+10" />
      <source>Export scenarios</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ScoreDialog</name>
    <message>
      <location filename="../../reception_console/ui/console/practice_score.py" line="+26" />
      <source>Practice score</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>%1 of %2 checks passed (%3 %)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+9" />
      <source>Check</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>Expected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>Done</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ScriptTab</name>
    <message>
      <location filename="../../reception_console/ui/editor/script_tab.py" line="+56" />
      <source>Add phrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>Objection prompts (F2–F8 on a call)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-4" />
      <location line="+5" />
      <source>Ready phrases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-5" />
      <location line="+5" />
      <source>This clinic's own phrases</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ServiceForm</name>
    <message>
      <location filename="../../reception_console/ui/editor/item_forms.py" line="-105" />
      <source>Service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>First consultation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Who</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>or any specialist of</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>Specialty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Price</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source> min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Duration</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Preparation</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ServicesModel</name>
    <message>
      <location filename="../../reception_console/ui/models/card_models.py" line="+135" />
      <source>Service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Who</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Price</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Preparation</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SettingsAction</name>
    <message>
      <location filename="../../reception_console/ui/settings_dialog.py" line="+145" />
      <source>Settings…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+15" />
      <source>Language saved: it applies from the next start of the console.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location line="-111" />
      <source>Settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>As the system (%1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+7" />
      <source>As the system</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Light</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Dark</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>&amp;Language:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>&amp;Colours:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+32" />
      <source>The console switches to %1 the next time it starts. Close it and start it again when convenient: calls in progress and unsaved outcomes are kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>A new language is used from the next start of the console.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+9" />
      <source>The settings file could not be changed, so nothing was saved:
%1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SignInDialog</name>
    <message>
      <location filename="../../reception_console/ui/console/sign_in.py" line="+49" />
      <source>Sign in — Reception Console</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+19" />
      <source>&amp;Name:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>&amp;Password:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Sign in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>Who is at the console?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+10" />
      <source>Loading the names</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+10" />
      <source>Your name or login</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+42" />
      <source>The database cannot be reached. Try again in a moment, or call IT.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Too many wrong passwords in a row. Try again in %1 s.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+7" />
      <source>This password is shorter than 8 characters. Ask an admin to set you a new one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>Wrong name or password. Check the keyboard layout and Caps Lock.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SpecialistForm</name>
    <message>
      <location filename="../../reception_console/ui/editor/item_forms.py" line="-81" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Specialty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>Pediatrician</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Patients from</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>up to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source> min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Visit length</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Languages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>E-mail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Mobile</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Messages</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SpecialistsModel</name>
    <message>
      <location filename="../../reception_console/ui/models/card_models.py" line="-41" />
      <source>Specialist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Specialty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Ages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Visit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+18" />
      <source>Languages: %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TargetsPanel</name>
    <message>
      <location filename="../../reception_console/ui/dashboard/targets_panel.py" line="+40" />
      <source>Receptionist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Bookings target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>bookings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>Conversion target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>no conversion target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Set target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+16" />
      <source>Monthly targets, %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TasksDialog</name>
    <message>
      <location filename="../../reception_console/ui/console/tasks_dialog.py" line="+42" />
      <location line="+5" />
      <source>My tasks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+9" />
      <location line="+51" />
      <source>Call back  Enter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-49" />
      <location line="+46" />
      <location line="+4" />
      <source>Mark done  Ctrl+D</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-48" />
      <source>Send again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Send the message's failed e-mail or SMS once more</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location line="+21" />
      <source>%n open task(s)</source>
      <translation>
        <numerusform>%n open task</numerusform>
        <numerusform>%n open tasks</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location line="+0" />
      <source>%n overdue</source>
      <translation>
        <numerusform>%n overdue</numerusform>
        <numerusform>%n overdue</numerusform>
      </translation>
    </message>
    <message>
      <location line="+17" />
      <source>Call the patient  Enter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Passed on by phone  Ctrl+D</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TasksModel</name>
    <message>
      <location filename="../../reception_console/ui/models/tasks_model.py" line="-19" />
      <source>Owner: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>No number to call: the caller's number was withheld or not known. Mark the task done once dealt with.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+45" />
      <source>Task</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Clinic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Patient</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Call back when</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-1" />
      <source>Details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Delivery</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>Call back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Follow up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Message for %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+24" />
      <source>Overdue</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Training</name>
    <message>
      <location filename="../../reception_console/ui/dashboard/training_tables.py" line="+36" />
      <source>practice by receptionist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <location line="+43" />
      <location line="+31" />
      <source>Receptionist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-73" />
      <source>Attempts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Average score</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Last score</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Trend by day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>The average score of each day practised</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Last practised</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+8" />
      <source>practice attempts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Finished</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <location line="+24" />
      <location line="+35" />
      <source>Clinic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-57" />
      <source>Scenario</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Points</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <location line="+25" />
      <source>Score</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-24" />
      <source>Answered after</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <location line="+57" />
      <source>Assigned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-56" />
      <source>yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+9" />
      <source>(all receptionists)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>knowledge tests</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Tests</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Questions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Right</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>Minutes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+11" />
      <source>Monthly test</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Practice: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>any scenario</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>open assignments</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>To do</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>any clinic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+14" />
      <source>Practice score by day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+9" />
      <source>%1: score by day, %</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Score by day, %</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TrainingPanel</name>
    <message>
      <location filename="../../reception_console/ui/dashboard/training_panel.py" line="+81" />
      <source>Knowledge tests grouped</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>per receptionist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>per clinic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>&amp;Assign…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Cancel assignment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>&amp;Scenarios…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Export training</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Knowledge tests to CSV…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Practice attempts to CSV…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>All training tables to Excel (XLSX)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Practice calls and tests are kept apart: they are in none of the figures.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+12" />
      <source>Practice by receptionist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <location line="+82" />
      <source>Attempts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-69" />
      <source>Monthly knowledge test</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+9" />
      <source>Open assignments</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+64" />
      <source>Attempts of %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+29" />
      <source>Export to Excel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>Export to CSV</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TrainingText</name>
    <message>
      <location filename="../../reception_console/ui/training_text.py" line="+13" />
      <source>age the specialist does not accept</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>price</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>preparation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>visit length</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>parking</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>directions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>opening hours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>algorithm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>question the card cannot answer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>callback</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>follow-up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>message</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TrendChart</name>
    <message>
      <location filename="../../reception_console/ui/dashboard/widgets.py" line="-104" />
      <source>Answered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Missed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Conversion, %</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+10" />
      <source>wk %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+14" />
      <source>calls</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>WorkListsPanel</name>
    <message>
      <location filename="../../reception_console/ui/dashboard/worklists_panel.py" line="+67" />
      <location line="+39" />
      <source>Follow-ups</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-37" />
      <source>Too expensive or will think: call back on the due date.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <location line="+34" />
      <source>Callbacks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-32" />
      <source>Missed calls not yet called back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <location line="+29" />
      <source>Messages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-27" />
      <source>Messages for owners and doctors, not yet passed on.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Visits that have taken place: mark what happened.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>Call now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Mark done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Passed on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Send again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Attended</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>No-show</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Cancelled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+9" />
      <source>Visits to mark</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>