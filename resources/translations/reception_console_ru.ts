<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ActiveCallsModel</name>
    <message>
        <location filename="../../reception_console/ui/models/calls_model.py" line="+69"/>
        <source>Ringing</source>
        <translation>Звонит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the line</source>
        <translation>Идёт разговор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome not saved</source>
        <translation>Результат не сохранён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unknown line %1</source>
        <translation>Неизвестная линия %1</translation>
    </message>
</context>
<context>
    <name>AddPersonDialog</name>
    <message>
        <location filename="../../reception_console/ui/editor/people_dialog.py" line="+49"/>
        <source>Add a person</source>
        <translation>Новый пользователь</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in greetings</source>
        <translation>Имя в приветствии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
</context>
<context>
    <name>AgeLimit</name>
    <message>
        <location filename="../../reception_console/ui/fields.py" line="+198"/>
        <source>years</source>
        <translation>лет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>months</source>
        <translation>месяцев</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no upper limit</source>
        <translation>без ограничения</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>from birth</source>
        <translation>с рождения</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../../reception_console/ui/editor/questions_tab.py" line="+31"/>
        <source>Add the answer to the card</source>
        <translation>Добавить ответ в карточку</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer or steps</source>
        <translation>Ответ или порядок действий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Asked %n time(s). Saving closes the question for everyone who asked it.</source>
        <translation>
            <numerusform>Вопрос задавали %n раз. После сохранения он закроется для всех, кто его задавал.</numerusform>
            <numerusform>Вопрос задавали %n раза. После сохранения он закроется для всех, кто его задавал.</numerusform>
            <numerusform>Вопрос задавали %n раз. После сохранения он закроется для всех, кто его задавал.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../reception_console/app.py" line="+512"/>
        <source>Read only: %1 Cards are shown at every ring; calls and what you type are kept on this PC and stored once that is done.</source>
        <translation>Только чтение: %1 Карточка клиники показывается при каждом звонке; звонки и всё, что вы вводите, сохраняются на этом компьютере и будут записаны в базу, когда это будет сделано.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+17"/>
        <location line="+61"/>
        <source>Reception Console</source>
        <translation>Консоль регистратуры</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>The database cannot be opened:
%1

%2</source>
        <translation>Не удаётся открыть базу данных:
%1

%2</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>A settings file could not be read and was ignored:
%1</source>
        <translation>Не удалось прочитать файл настроек, поэтому он пропущен:
%1</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>The phone is ringing: %1 — %2. Sign in to answer; the call is recorded.</source>
        <translation>Звонит телефон: %1 — %2. Войдите, чтобы ответить; звонок записан.</translation>
    </message>
    <message>
        <location line="-404"/>
        <source>Embedded database</source>
        <translation>Локальная база</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shared database</source>
        <translation>Общая база</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../reception_console/ui/dashboard/assign_dialog.py" line="+36"/>
        <source>Assign training</source>
        <translation>Назначить обучение</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receptionist</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Practice a scenario</source>
        <translation>&amp;Тренировка по сценарию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the monthly &amp;test</source>
        <translation>Еже&amp;месячный тест</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clinic</source>
        <translation>Клиника</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. before your first shift on this line</source>
        <translation>например, до первой смены на этой линии</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Receptionist</source>
        <translation>&amp;Администратор</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Clinic</source>
        <translation>&amp;Клиника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Scenario</source>
        <translation>&amp;Сценарий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>&amp;Примечание</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>any of the clinic&apos;s scenarios</source>
        <translation>любой сценарий клиники</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a receptionist and a clinic.</source>
        <translation>Выберите администратора и клинику.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../reception_console/ui/editor/audit_dialog.py" line="+31"/>
        <location line="+69"/>
        <source>Audit trail</source>
        <translation>Журнал действий</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>viewed a caller&apos;s history</source>
        <translation>просмотр истории звонящего</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exported</source>
        <translation>экспорт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed a clinic card</source>
        <translation>изменение карточки клиники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed a person</source>
        <translation>изменение пользователя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anonymised old calls</source>
        <translation>обезличивание старых звонков</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>handed out a caller&apos;s data</source>
        <translation>выдача данных звонящего</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erased a caller&apos;s data</source>
        <translation>удаление данных звонящего</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrong passwords: sign-in slowed down</source>
        <translation>неверные пароли: вход замедлен</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>login</source>
        <translation>логин</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PC</source>
        <translation>компьютер</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Login or PC</source>
        <translation>Логин или компьютер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong passwords in a row</source>
        <translation>Неверных паролей подряд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last one</source>
        <translation>Последний</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign-in lockouts</source>
        <translation>Блокировки входа</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export the audit trail</source>
        <translation>Экспорт журнала действий</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
</context>
<context>
    <name>CallAnnouncements</name>
    <message>
        <location filename="../../reception_console/ui/console/announcements.py" line="+31"/>
        <source>Call ringing: %1</source>
        <translation>Входящий звонок: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Waiting too long: %1</source>
        <translation>Ждёт слишком долго: %1</translation>
    </message>
</context>
<context>
    <name>CallBackTime</name>
    <message>
        <location filename="../../reception_console/ui/console/call_back_time.py" line="+15"/>
        <source>In the morning</source>
        <translation>Утром</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the afternoon</source>
        <translation>Днём</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After 17:00</source>
        <translation>После 17:00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any time</source>
        <translation>В любое время</translation>
    </message>
</context>
<context>
    <name>CallBackTimeField</name>
    <message>
        <location line="+16"/>
        <source>e.g. Friday after 15:00</source>
        <translation>напр., в пятницу после 15:00</translation>
    </message>
</context>
<context>
    <name>CallHeader</name>
    <message>
        <location filename="../../reception_console/ui/console/call_header.py" line="+60"/>
        <source>Answer  F9</source>
        <translation>Ответить  F9</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End  F10</source>
        <translation>Завершить  F10</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Calling back %1</source>
        <translation>Перезвон: %1</translation>
    </message>
    <message numerus="yes">
        <location line="-16"/>
        <source>Returning patient · %n earlier call(s)</source>
        <translation>
            <numerusform>Уже звонили · %n раз</numerusform>
            <numerusform>Уже звонили · %n раза</numerusform>
            <numerusform>Уже звонили · %n раз</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The caller hung up before anyone answered</source>
        <translation>Звонящий положил трубку, не дождавшись ответа</translation>
    </message>
</context>
<context>
    <name>CallbacksModel</name>
    <message>
        <location filename="../../reception_console/ui/models/callbacks_model.py" line="+52"/>
        <source>%1 · by %2</source>
        <translation>%1 · перезвонить до %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Overdue: call back by %1</source>
        <translation>Просрочено: перезвонить до %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call back by %1</source>
        <translation>Перезвонить до %1</translation>
    </message>
</context>
<context>
    <name>CardEditorWindow</name>
    <message>
        <location filename="../../reception_console/ui/editor/window.py" line="+60"/>
        <source>Clinic cards — Reception Console</source>
        <translation>Карточки клиник — Консоль регистратуры</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show archived</source>
        <translation>Показать архив</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+77"/>
        <source>New clinic…</source>
        <translation>Новая клиника…</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+135"/>
        <source>Archive</source>
        <translation>В архив</translation>
    </message>
    <message>
        <location line="-142"/>
        <location line="+14"/>
        <source>Clinics</source>
        <translation>Клиники</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Save  Ctrl+S</source>
        <translation>Сохранить  Ctrl+S</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard changes</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cards</source>
        <translation>Карточки</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Global prompts…</source>
        <translation>Общие подсказки…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export all…</source>
        <translation>Экспорт всех…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export this clinic…</source>
        <translation>Экспорт этой клиники…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People…</source>
        <translation>Пользователи…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit trail…</source>
        <translation>Журнал действий…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(archived)</source>
        <translation>(в архиве)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n open question(s)</source>
        <translation>
            <numerusform>%n вопрос без ответа</numerusform>
            <numerusform>%n вопроса без ответа</numerusform>
            <numerusform>%n вопросов без ответа</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unsaved changes</source>
        <translation>несохранённые изменения</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>saved</source>
        <translation>сохранено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>version %1 · %2</source>
        <translation>версия %1 · %2</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n problem(s) to fix before saving. First: %1</source>
        <translation>
            <numerusform>%n ошибка — исправьте перед сохранением. Первая: %1</numerusform>
            <numerusform>%n ошибки — исправьте перед сохранением. Первая: %1</numerusform>
            <numerusform>%n ошибок — исправьте перед сохранением. Первая: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The database cannot be reached; nothing was saved and your edits are still here. (%1)</source>
        <translation>Нет связи с базой данных: ничего не сохранено, ваши правки остались здесь. (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved. Consoles showing this card update within 2 seconds.</source>
        <translation>Сохранено. Консоли, где открыта эта карточка, обновятся в течение 2 секунд.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your changes are on top of theirs: check and save.</source>
        <translation>Ваши изменения наложены на новую версию карточки: проверьте и сохраните.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save the changes to %1?</source>
        <translation>Сохранить изменения в карточке «%1»?</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The item this change was about has been removed from the card since.</source>
        <translation>Элемент, к которому относится это изменение, с тех пор удалён из карточки.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The item is on the card already.</source>
        <translation>Этот элемент уже есть в карточке.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>Revert</source>
        <translation>Отмена изменения</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This change cannot be reverted now:</source>
        <translation>Это изменение сейчас нельзя отменить:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The card changed meanwhile; try again.</source>
        <translation>Карточку тем временем изменили; попробуйте ещё раз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The answer is on the card; the question is closed.</source>
        <translation>Ответ добавлен в карточку, вопрос закрыт.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 created.</source>
        <translation>Клиника «%1» создана.</translation>
    </message>
</context>
<context>
    <name>CardErrors</name>
    <message>
        <location filename="../../reception_console/ui/fields.py" line="-173"/>
        <source>Fill this in.</source>
        <translation>Заполните это поле.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too long: at most %1 characters.</source>
        <translation>Слишком длинный текст: не больше %1 символов.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this on one line.</source>
        <translation>Уместите текст в одну строку.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contains invisible control characters; retype it.</source>
        <translation>Содержит невидимые управляющие символы; введите текст заново.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use lower-case letters, digits and dashes, e.g. med-centrum.</source>
        <translation>Используйте строчные латинские буквы, цифры и дефисы, например med-centrum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another clinic has this key.</source>
        <translation>Этот код уже есть у другой клиники.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the language of the card.</source>
        <translation>Выберите язык карточки.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a time zone such as Europe/Warsaw.</source>
        <translation>Выберите часовой пояс, например Europe/Moscow.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a three-letter currency code such as PLN.</source>
        <translation>Укажите трёхбуквенный код валюты, например RUB.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter an amount such as 180 or 180.50.</source>
        <translation>Введите сумму, например 180 или 180,50.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A price cannot be negative.</source>
        <translation>Цена не может быть отрицательной.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most two decimal places.</source>
        <translation>Не больше двух знаков после запятой.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too large: at most %1.</source>
        <translation>Слишком большое значение: не больше %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too small: at least %1.</source>
        <translation>Слишком маленькое значение: не меньше %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the number with its country code, e.g. +48 22 843 12 00.</source>
        <translation>Введите номер с кодом страны, например +7 495 123-45-67.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A clinic needs at least one phone line.</source>
        <translation>У клиники должна быть хотя бы одна линия.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This number is listed twice.</source>
        <translation>Этот номер указан дважды.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This number is already a line of %1.</source>
        <translation>Этот номер уже занят клиникой «%1».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two specialists have the same key.</source>
        <translation>У двух специалистов одинаковый код.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The upper age limit is below the lower one.</source>
        <translation>Верхняя граница возраста меньше нижней.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a specialist of this clinic.</source>
        <translation>Выберите специалиста этой клиники.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two-letter language codes separated by commas, e.g. pl, en.</source>
        <translation>Двухбуквенные коды языков через запятую, например ru, en.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not an e-mail address.</source>
        <translation>Это не адрес электронной почты.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages by e-mail need an e-mail address.</source>
        <translation>Для сообщений по e-mail нужен адрес e-mail.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages by SMS need a mobile number.</source>
        <translation>Для SMS нужен номер мобильного.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is a landline: it cannot receive SMS.</source>
        <translation>%1 — стационарный номер: SMS на него не доходят.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown placeholder %1: use {time_of_day}, {clinic}, {receptionist}, {role}.</source>
        <translation>Неизвестное поле подстановки %1: используйте {time_of_day}, {clinic}, {receptionist}, {role}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This objection is listed twice.</source>
        <translation>Это возражение указано дважды.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another console saved a clashing change; reload and try again.</source>
        <translation>На другой консоли сохранили несовместимое изменение; загрузите карточку заново и повторите.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not a field of the card format.</source>
        <translation>Такого поля нет в формате карточки.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a field of the card format.</source>
        <translation>%1 — не поле формата карточки.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must be text.</source>
        <translation>Должно быть текстом.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must be a whole number.</source>
        <translation>Должно быть целым числом.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing: this is required.</source>
        <translation>Не заполнено: это поле обязательно.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must be an amount in quotes, such as &quot;180.00&quot;.</source>
        <translation>Должно быть суммой в кавычках, например &quot;180.00&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not an amount.</source>
        <translation>%1 — не сумма.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must be a list of texts.</source>
        <translation>Должно быть списком строк.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must be a list.</source>
        <translation>Должно быть списком.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must be an object { … }.</source>
        <translation>Должно быть объектом { … }.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must be one of: %1.</source>
        <translation>Должно быть одним из: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must be %1.</source>
        <translation>Должно быть %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language %1 has another script in this file.</source>
        <translation>Для языка %1 в этом файле есть ещё один сценарий.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another clinic in this file has the key %1.</source>
        <translation>У другой клиники в этом файле тот же ключ %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not valid JSON (%1).</source>
        <translation>Некорректный JSON (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a card file (nested too deeply).</source>
        <translation>Это не файл карточек (слишком глубокая вложенность).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 MB is too large for a card file.</source>
        <translation>%1 МБ — слишком много для файла карточек.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not UTF-8 text.</source>
        <translation>Это не текст в UTF-8.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot be read (%1).</source>
        <translation>Не удаётся прочитать (%1).</translation>
    </message>
</context>
<context>
    <name>CardFields</name>
    <message>
        <location line="+153"/>
        <source>Only in the console</source>
        <translation>Только в консоли</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail and SMS</source>
        <translation>E-mail и SMS</translation>
    </message>
</context>
<context>
    <name>CardFiles</name>
    <message>
        <location filename="../../reception_console/ui/editor/files.py" line="+40"/>
        <source>Card files (*.json)</source>
        <translation>Файлы карточек (*.json)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+32"/>
        <location line="+11"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>%1 was not imported: nothing was changed.</source>
        <translation>Файл %1 не импортирован: ничего не изменено.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import clinic cards</source>
        <translation>Импорт карточек клиник</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The cards in %1 are already as the file says.</source>
        <translation>Карточки уже совпадают с файлом %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import %1?

New clinics: %2
Updated clinics: %3
Unchanged: %4
Global prompts: %5</source>
        <translation>Импортировать файл %1?

Новые клиники: %2
Изменённые клиники: %3
Без изменений: %4
Общие подсказки: %5</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 imported.</source>
        <translation>Файл %1 импортирован.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export clinic cards</source>
        <translation>Экспорт карточек клиник</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cards written to %1.</source>
        <translation>Карточки записаны в файл %1.</translation>
    </message>
</context>
<context>
    <name>CardLists</name>
    <message>
        <location filename="../../reception_console/ui/editor/item_forms.py" line="+66"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Label</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Specialist</source>
        <translation>Специалист</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialty</source>
        <translation>Специальность</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ages</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visit</source>
        <translation>Приём</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Phrase</source>
        <translation>Фраза</translation>
    </message>
</context>
<context>
    <name>CardPanel</name>
    <message>
        <location filename="../../reception_console/ui/console/card_panel.py" line="+107"/>
        <source>Search the card, or type an age: 5, 5 lat, 8 mies, 6 months…  (Ctrl+F)</source>
        <translation>Поиск по карточке или возраст: 5, 5 лет, 8 мес…  (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the card</source>
        <translation>Поиск по карточке</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+19"/>
        <source>Specialists</source>
        <translation>Специалисты</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+19"/>
        <source>Services and prices</source>
        <translation>Услуги и цены</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+19"/>
        <source>Algorithms for hard questions</source>
        <translation>Алгоритмы на сложные вопросы</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>age %1</source>
        <translation>возраст: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n specialist(s)</source>
        <translation>
            <numerusform>%1 из %n специалиста</numerusform>
            <numerusform>%1 из %n специалистов</numerusform>
            <numerusform>%1 из %n специалистов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No algorithm matches the search.</source>
        <translation>Ни один алгоритм не подходит под запрос.</translation>
    </message>
</context>
<context>
    <name>CardTabs</name>
    <message>
        <location filename="../../reception_console/ui/editor/card_tabs.py" line="+47"/>
        <source>Add line</source>
        <translation>Добавить линию</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add specialist</source>
        <translation>Добавить специалиста</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add service</source>
        <translation>Добавить услугу</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add entry</source>
        <translation>Добавить алгоритм</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clinic</source>
        <translation>Клиника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greeting</source>
        <translation>Приветствие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone lines</source>
        <translation>Линии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialists</source>
        <translation>Специалисты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>Услуги</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompts</source>
        <translation>Подсказки</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Knowledge</source>
        <translation>Алгоритмы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions</source>
        <translation>Вопросы</translation>
    </message>
</context>
<context>
    <name>ChangeFields</name>
    <message>
        <location filename="../../reception_console/ui/models/changes_model.py" line="+42"/>
        <source>name and title</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>key</source>
        <translation>код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time zone</source>
        <translation>часовой пояс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>currency</source>
        <translation>валюта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>average check</source>
        <translation>средний чек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address</source>
        <translation>адрес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how to get there</source>
        <translation>проезд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parking</source>
        <translation>парковка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opening hours</source>
        <translation>часы работы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>owner / manager</source>
        <translation>владелец / руководитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the {role} word</source>
        <translation>слово вместо {role}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>greeting</source>
        <translation>приветствие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number</source>
        <translation>номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>label</source>
        <translation>назначение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>specialty</source>
        <translation>специальность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>patients from (months)</source>
        <translation>пациенты от (в месяцах)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>patients up to (months)</source>
        <translation>пациенты до (в месяцах)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visit length (min)</source>
        <translation>длительность приёма (мин)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>languages</source>
        <translation>языки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>примечания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>specialist</source>
        <translation>специалист</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>price</source>
        <translation>цена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duration (min)</source>
        <translation>длительность (мин)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>preparation</source>
        <translation>подготовка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>question</source>
        <translation>вопрос</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answer</source>
        <translation>ответ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tags</source>
        <translation>теги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>objection prompts</source>
        <translation>подсказки на возражения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ready phrases</source>
        <translation>готовые фразы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>specialists</source>
        <translation>специалисты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>services</source>
        <translation>услуги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>knowledge entries</source>
        <translation>алгоритмы</translation>
    </message>
</context>
<context>
    <name>Changes</name>
    <message>
        <location line="-57"/>
        <source>Clinic details</source>
        <translation>Данные клиники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone line</source>
        <translation>Линия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialist</source>
        <translation>Специалист</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knowledge entry</source>
        <translation>Алгоритм</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompts and phrases</source>
        <translation>Подсказки и фразы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order of the lists</source>
        <translation>Порядок в списках</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>added</source>
        <translation>добавлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed (archived)</source>
        <translation>удалено (в архив)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>brought back</source>
        <translation>восстановлено</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>command line</source>
        <translation>командная строка</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <location line="+27"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
</context>
<context>
    <name>ClinicFacts</name>
    <message>
        <location filename="../../reception_console/ui/console/clinic_facts.py" line="+35"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Directions</source>
        <translation>Проезд</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parking</source>
        <translation>Парковка</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Opening hours</source>
        <translation>Часы работы</translation>
    </message>
</context>
<context>
    <name>ClinicForm</name>
    <message>
        <location filename="../../reception_console/ui/editor/clinic_tab.py" line="+67"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>said in the greeting</source>
        <translation>как в приветствии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>made from the name</source>
        <translation>создаётся из названия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifies the clinic in card files; it does not change once saved.</source>
        <translation>Обозначает клинику в файлах карточек; после сохранения не меняется.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the card</source>
        <translation>Язык карточки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average check</source>
        <translation>Средний чек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the estimate of revenue lost on missed and unbooked calls.</source>
        <translation>Нужен для оценки выручки, упущенной из-за пропущенных звонков и незаписавшихся пациентов.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner / manager</source>
        <translation>Владелец / руководитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner&apos;s phone</source>
        <translation>Телефон владельца</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner&apos;s e-mail</source>
        <translation>E-mail владельца</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages for the owner</source>
        <translation>Сообщения для владельца</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep callers&apos; data</source>
        <translation>Хранить данные звонящих</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> months</source>
        <translation> мес.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After this many months the clinic&apos;s calls are anonymised: the caller&apos;s number and name, the patient&apos;s name, notes and messages are cleared. The figures stay as they were.</source>
        <translation>Через столько месяцев звонки клиники обезличиваются: номер и имя звонящего, имя пациента, заметки и сообщения удаляются. Показатели остаются прежними.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to get there</source>
        <translation>Проезд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parking</source>
        <translation>Парковка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening hours</source>
        <translation>Часы работы</translation>
    </message>
</context>
<context>
    <name>ClinicPage</name>
    <message>
        <location filename="../../reception_console/ui/editor/wizard.py" line="+92"/>
        <source>The clinic</source>
        <translation>Клиника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its name as said in the greeting, the language of its patients and the numbers they dial.</source>
        <translation>Название, как в приветствии, язык пациентов и номера, по которым они звонят.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add line</source>
        <translation>Добавить линию</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Phone lines</source>
        <translation>Линии</translation>
    </message>
</context>
<context>
    <name>ClinicWizard</name>
    <message>
        <location line="+140"/>
        <source>New clinic</source>
        <translation>Новая клиника</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add specialist</source>
        <translation>Добавить специалиста</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add service</source>
        <translation>Добавить услугу</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Address and how to get there</source>
        <translation>Адрес и проезд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street address; public transport, landmarks, which entrance, which floor.</source>
        <translation>Улица и дом; общественный транспорт, ориентиры, какой вход, какой этаж.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How to get there</source>
        <translation>Проезд</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Parking</source>
        <translation>Парковка</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Where patients park, whether it is free, how to get in.</source>
        <translation>Где пациенты могут оставить машину, бесплатно ли это и как заехать.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Opening hours</source>
        <translation>Часы работы</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>One line per group of days, e.g. Mon–Fri 8:00–20:00.</source>
        <translation>Одна строка на группу дней, например пн–пт 8:00–20:00.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Specialists and the ages they accept</source>
        <translation>Специалисты и возраст пациентов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who sees patients, and from what age up to what age (in years or months).</source>
        <translation>Кто ведёт приём и с какого по какой возраст (в годах или месяцах).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Visit length</source>
        <translation>Длительность приёма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long one visit with each specialist takes.</source>
        <translation>Сколько длится один приём у каждого специалиста.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Services and preparation</source>
        <translation>Услуги и подготовка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What patients book, who performs it, and what they must do before the visit.</source>
        <translation>На что записываются пациенты, кто выполняет услугу и как к ней подготовиться.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prices</source>
        <translation>Цены</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The price of each service.</source>
        <translation>Цена каждой услуги.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create clinic</source>
        <translation>Создать клинику</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../reception_console/ui/editor/conflict_dialog.py" line="+29"/>
        <source>The card was changed meanwhile</source>
        <translation>Карточку тем временем изменили</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was saved by someone else while you edited it. Nothing of yours was saved yet.</source>
        <translation>Пока вы редактировали карточку «%1», её сохранил кто-то другой. Ваши изменения ещё не сохранены.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yours</source>
        <translation>Ваш вариант</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>Стало</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The clinic was archived or restored meanwhile.</source>
        <translation>Тем временем клинику отправили в архив или восстановили.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your changes, not saved yet:</source>
        <translation>Ваши изменения, ещё не сохранённые:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reapply: your edits are put on top of the card as it is now (where you both changed the same field, yours wins); check the result and save again. Reload: your edits are dropped.</source>
        <translation>«Наложить мои изменения»: ваши правки будут внесены в текущую версию карточки (если то же поле изменил и другой человек, останется ваш вариант); проверьте результат и сохраните ещё раз. «Отменить мои»: ваши правки пропадут.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reapply my changes on top</source>
        <translation>Наложить мои изменения поверх</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard mine and reload</source>
        <translation>Отменить мои и загрузить заново</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation>Продолжить редактирование</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What changed meanwhile:</source>
        <translation>Что изменилось за это время:</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../reception_console/platform/crash.py" line="+31"/>
        <source>Reception Console</source>
        <translation>Консоль регистратуры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong inside the console. What you typed is kept as a draft.

Please tell IT and give them the log file:
%1</source>
        <translation>В консоли произошла непредвиденная ошибка. Всё, что вы ввели, сохранено как черновик.

Сообщите, пожалуйста, в IT-отдел и передайте файл журнала:
%1</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../reception_console/ui/dashboard/tables.py" line="+26"/>
        <source>Too expensive</source>
        <translation>Дорого</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Will think</source>
        <translation>Хочет подумать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No suitable time</source>
        <translation>Нет удобного времени</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Далеко</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wants a specific doctor</source>
        <translation>Хочет к конкретному врачу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Другая причина</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+53"/>
        <source>Receptionist</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>(not signed in)</source>
        <translation>(без входа)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+71"/>
        <location line="+78"/>
        <source>Offered</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <location line="-148"/>
        <location line="+71"/>
        <source>Answered</source>
        <translation>Принято</translation>
    </message>
    <message>
        <location line="-70"/>
        <location line="+71"/>
        <location line="+77"/>
        <source>Missed</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <location line="-146"/>
        <location line="+70"/>
        <source>Answer rate</source>
        <translation>Доля принятых</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Service level</source>
        <translation>Уровень сервиса</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Speed of answer</source>
        <translation>Время ответа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handle time</source>
        <translation>Время обработки</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+61"/>
        <source>Booked</source>
        <translation>Записано</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Not booked</source>
        <translation>Не записано</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+47"/>
        <location line="+13"/>
        <source>Conversion</source>
        <translation>Конверсия</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Line conversion</source>
        <translation>Конверсия линии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost bookings</source>
        <translation>Упущенные записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-ups</source>
        <translation>Повторные контакты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovered</source>
        <translation>Возвращены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Callback coverage</source>
        <translation>Охват перезвонов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show rate</source>
        <translation>Доходимость</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receptionists</source>
        <translation>Администраторы</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refusal reasons</source>
        <translation>Причины отказов</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Target bookings</source>
        <translation>План записей</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Booked so far</source>
        <translation>Уже записано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Выполнение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target conversion</source>
        <translation>План конверсии</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Monthly targets</source>
        <translation>Планы на месяц</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Trend</source>
        <translation>Динамика</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mon</source>
        <translation>Пн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tue</source>
        <translation>Вт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wed</source>
        <translation>Ср</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thu</source>
        <translation>Чт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fri</source>
        <translation>Пт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sat</source>
        <translation>Сб</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sun</source>
        <translation>Вс</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+50"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Calls by hour</source>
        <translation>Звонки по часам</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 offered, %2 missed</source>
        <translation>поступило: %1, пропущено: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Hour</source>
        <translation>Час</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Clinic</source>
        <translation>Клиника</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>For</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>Patient</source>
        <translation>Пациент</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+19"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Call back when</source>
        <translation>Когда перезвонить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delivery</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Visit</source>
        <translation>Приём</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Specialist</source>
        <translation>Специалист</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected value</source>
        <translation>Ожидаемая сумма</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visits to mark</source>
        <translation>Приёмы для отметки</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <location filename="../../reception_console/ui/dashboard/window.py" line="+97"/>
        <source>Supervisor dashboard</source>
        <translation>Показатели регистратуры</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Why patients did not book</source>
        <translation>Почему пациенты не записались</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Offered calls by day of the week and hour (local time); red: share missed</source>
        <translation>Поступившие звонки по дням недели и часам (местное время); красный — доля пропущенных</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trend and hours</source>
        <translation>Динамика и часы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss points</source>
        <translation>Точки потерь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work lists</source>
        <translation>Списки задач</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Training</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This week</source>
        <translation>Эта неделя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom…</source>
        <translation>Свой период…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All clinics</source>
        <translation>Все клиники</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>answered within </source>
        <translation>за </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>s</source>
        <comment>unit: seconds</comment>
        <translation>с</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>by day</source>
        <translation>по дням</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by week</source>
        <translation>по неделям</translation>
    </message>
    <message>
        <location filename="../../reception_console/ui/dashboard/widgets.py" line="+182"/>
        <location filename="../../reception_console/ui/dashboard/window.py" line="+2"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../reception_console/ui/dashboard/window.py" line="+9"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clinic</source>
        <translation>Клиника</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Service level</source>
        <translation>Уровень сервиса</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Trend</source>
        <translation>Динамика</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Booking conversion</source>
        <translation>Конверсия в запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer rate</source>
        <translation>Доля принятых</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show rate</source>
        <translation>Доходимость</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line conversion</source>
        <translation>Конверсия линии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls offered</source>
        <translation>Поступившие звонки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed of answer</source>
        <translation>Время ответа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-ups recovered</source>
        <translation>Возвращённые пациенты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed calls called back</source>
        <translation>Перезвонили пропущенным</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost revenue</source>
        <translation>Упущенная выручка</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The figures could not be loaded: %1</source>
        <translation>Не удалось загрузить показатели: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+3"/>
        <location line="+10"/>
        <source>goal %1</source>
        <translation>цель %1</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>within %1 s · goal %2</source>
        <translation>за %1 с · цель %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 est. target calls</source>
        <translation>расчётные целевые звонки: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 answered · %2 missed</source>
        <translation>принято: %1 · пропущено: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>handle time %1</source>
        <translation>время обработки %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>booked within 30 days</source>
        <translation>записались в течение 30 дней</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>within %1 h · median %2</source>
        <translation>в течение %1 ч · медиана %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 lost bookings</source>
        <translation>упущенные записи: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose a clinic: currencies differ</source>
        <translation>выберите клинику: разные валюты</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 – %2 · computed in %3 ms</source>
        <translation>%1 – %2 · расчёт за %3 мс</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The goal conversion is above 0% and at most 100%.</source>
        <translation>Целевая конверсия должна быть больше 0% и не больше 100%.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goal and average check saved for the clinic.</source>
        <translation>Цель и средний чек клиники сохранены.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Monthly target</source>
        <translation>План на месяц</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target saved.</source>
        <translation>План сохранён.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All tables to Excel (XLSX)…</source>
        <translation>Все таблицы в Excel (XLSX)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 to CSV…</source>
        <translation>%1 в CSV…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export to Excel</source>
        <translation>Экспорт в Excel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export to CSV</source>
        <translation>Экспорт в CSV</translation>
    </message>
    <message>
        <location filename="../../reception_console/ui/dashboard/widgets.py" line="+1"/>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <location filename="../../reception_console/ui/dashboard/window.py" line="+11"/>
        <source>Exported to %1</source>
        <translation>Экспортировано в %1</translation>
    </message>
</context>
<context>
    <name>DatabaseAction</name>
    <message>
        <location filename="../../reception_console/ui/database_dialog.py" line="+126"/>
        <source>Shared database…</source>
        <translation>Общая база данных…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Shared database saved: consoles on this PC use it from their next start.</source>
        <translation>Общая база данных сохранена: консоли на этом компьютере подключатся к ней при следующем запуске.</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <location line="-104"/>
        <source>Shared database</source>
        <translation>Общая база данных</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>libpq&apos;s default</source>
        <translation>по умолчанию (libpq)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Порт:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;CA certificate:</source>
        <translation>Сертификат &amp;CA:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unattended sign-in:</source>
        <translation>&amp;Автоматический вход:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its pass&amp;word:</source>
        <translation>Его па&amp;роль:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave the unattended sign-in empty where people sign in themselves. Its password is kept in the system keyring, never in a file. Consoles on this PC use the new settings from their next start.</source>
        <translation>Оставьте автоматический вход пустым там, где люди входят сами. Его пароль хранится в системном хранилище паролей, никогда в файле. Консоли на этом компьютере применят новые настройки при следующем запуске.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Enter the server and the database.</source>
        <translation>Укажите сервер и базу данных.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CA certificate file does not exist.</source>
        <translation>Файл сертификата CA не существует.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The system keyring refused the password; nothing was saved.</source>
        <translation>Системное хранилище паролей не приняло пароль; ничего не сохранено.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The settings could not be written:</source>
        <translation>Не удалось записать настройки:</translation>
    </message>
</context>
<context>
    <name>Delivery</name>
    <message>
        <location filename="../../reception_console/ui/delivery_text.py" line="+14"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sent at %1</source>
        <translation>отправлено %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed: %1</source>
        <translation>не отправлено: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>passed on by phone</source>
        <translation>передано по телефону</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>queued, trying again at %1 (%2)</source>
        <translation>в очереди, новая попытка %1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>queued</source>
        <translation>в очереди</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../reception_console/ui/error_text.py" line="+20"/>
        <source>Enter a phone number.</source>
        <translation>Введите номер телефона.</translation>
    </message>
    <message>
        <location filename="../../reception_console/ui/console/outgoing_call.py" line="+71"/>
        <source>The phone link holds no number.</source>
        <translation>В телефонной ссылке нет номера.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The phone link is too long to be a phone number.</source>
        <translation>Телефонная ссылка слишком длинная для номера телефона.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reception_console/ui/error_text.py" line="+1"/>
        <source>“%1” is not a phone number.</source>
        <translation>«%1» — это не номер телефона.</translation>
    </message>
    <message>
        <location filename="../../reception_console/ui/error_text.py" line="+1"/>
        <source>“%1” has too few or too many digits.</source>
        <translation>В номере «%1» слишком мало или слишком много цифр.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>A target cannot be negative.</source>
        <translation>План не может быть отрицательным.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A conversion target is between 0% and 100%.</source>
        <translation>План конверсии должен быть от 0% до 100%.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The goal conversion is above 0% and at most 100%.</source>
        <translation>Целевая конверсия должна быть больше 0% и не больше 100%.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The average check cannot be negative.</source>
        <translation>Средний чек не может быть отрицательным.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This console is older than the database: install the new version (the database is at schema %1; this version knows up to %2). Or point this console at another database.</source>
        <translation>Эта консоль старше базы данных: установите новую версию (схема базы — %1, эта версия знает схемы до %2). Или подключите консоль к другой базе данных.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The shared database has no tables yet: IT sets it up with “reception-console db init”.</source>
        <translation>В общей базе данных ещё нет таблиц: IT готовит её командой «reception-console db init».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The shared database must be upgraded by IT: “reception-console db upgrade” (it is at schema %1; this console needs %2). Nothing was changed.</source>
        <translation>Общую базу данных должен обновить IT: «reception-console db upgrade» (схема базы — %1, этой консоли нужна %2). Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message numerus="yes">
        <location filename="../../reception_console/ui/formatting.py" line="+24"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n месяц</numerusform>
            <numerusform>%n месяца</numerusform>
            <numerusform>%n месяцев</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>all ages</source>
        <translation>любой возраст</translation>
    </message>
    <message numerus="yes">
        <location line="-12"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-20"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n год</numerusform>
            <numerusform>%n года</numerusform>
            <numerusform>%n лет</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>from %n month(s)</source>
        <translation>
            <numerusform>от %n месяца</numerusform>
            <numerusform>от %n месяцев</numerusform>
            <numerusform>от %n месяцев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>up to %n year(s)</source>
        <translation>
            <numerusform>до %n года</numerusform>
            <numerusform>до %n лет</numerusform>
            <numerusform>до %n лет</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>up to %n month(s)</source>
        <translation>
            <numerusform>до %n месяца</numerusform>
            <numerusform>до %n месяцев</numerusform>
            <numerusform>до %n месяцев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1–%n year(s)</source>
        <translation>
            <numerusform>%1–%n год</numerusform>
            <numerusform>%1–%n года</numerusform>
            <numerusform>%1–%n лет</numerusform>
        </translation>
    </message>
    <message>
        <location line="+65"/>
        <source>number withheld</source>
        <translation>номер скрыт</translation>
    </message>
</context>
<context>
    <name>GapDialog</name>
    <message>
        <location filename="../../reception_console/ui/console/gap_dialog.py" line="+32"/>
        <source>Couldn&apos;t answer</source>
        <translation>Не знаю ответа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the patient&apos;s question: your supervisor sees it and adds the answer to the card.</source>
        <translation>Введите вопрос пациента: старший администратор увидит его и добавит ответ в карточку.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clinic</source>
        <translation>Клиника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no clinic)</source>
        <translation>(без клиники)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pass it on</source>
        <translation>Передать</translation>
    </message>
</context>
<context>
    <name>GapsModel</name>
    <message>
        <location filename="../../reception_console/ui/models/gaps_model.py" line="+40"/>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Asked</source>
        <translation>Сколько раз</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last asked</source>
        <translation>Последний раз</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Кто передал</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n раз</numerusform>
            <numerusform>%n раза</numerusform>
            <numerusform>%n раз</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlobalScriptsDialog</name>
    <message>
        <location filename="../../reception_console/ui/editor/global_scripts.py" line="+29"/>
        <source>Global prompts and phrases</source>
        <translation>Общие подсказки и фразы</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n problem(s) to fix before saving.</source>
        <translation>
            <numerusform>%n ошибка — исправьте перед сохранением.</numerusform>
            <numerusform>%n ошибки — исправьте перед сохранением.</numerusform>
            <numerusform>%n ошибок — исправьте перед сохранением.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Someone else saved these prompts meanwhile; they are reloaded.</source>
        <translation>Тем временем эти подсказки сохранил кто-то другой; они загружены заново.</translation>
    </message>
</context>
<context>
    <name>GreetingForm</name>
    <message>
        <location filename="../../reception_console/ui/editor/clinic_tab.py" line="+79"/>
        <source>Greeting</source>
        <translation>Приветствие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {role} word</source>
        <translation>Слово вместо {role}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert:</source>
        <translation>Вставить:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the receptionist reads out:</source>
        <translation>Так прозвучит приветствие:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>As said at %1 local time by %2.</source>
        <translation>Пример: %1 по местному времени, говорит %2.</translation>
    </message>
</context>
<context>
    <name>GreetingPage</name>
    <message>
        <location filename="../../reception_console/ui/editor/wizard.py" line="-109"/>
        <source>The greeting</source>
        <translation>Приветствие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the receptionist says when she picks up. Check it, then create the clinic.</source>
        <translation>Что говорит администратор, когда берёт трубку. Проверьте приветствие и создайте клинику.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../reception_console/ui/models/history_model.py" line="+47"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clinic</source>
        <translation>Клиника</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../reception_console/ui/editor/history_tab.py" line="+61"/>
        <source>Changes to the card</source>
        <translation>Изменения карточки</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The change, before and after</source>
        <translation>Изменение: до и после</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert this change</source>
        <translation>Отменить это изменение</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Стало</translation>
    </message>
</context>
<context>
    <name>ItemsEditor</name>
    <message>
        <location filename="../../reception_console/ui/editor/items.py" line="+99"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed items are archived: calls that refer to them keep them.</source>
        <translation>Удалённые элементы уходят в архив: звонки, которые на них ссылаются, по-прежнему их показывают.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Ниже</translation>
    </message>
</context>
<context>
    <name>KnowledgeForm</name>
    <message>
        <location filename="../../reception_console/ui/editor/item_forms.py" line="-50"/>
        <source>Question or situation</source>
        <translation>Вопрос или ситуация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer or steps</source>
        <translation>Ответ или порядок действий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>payment, card, parking</source>
        <translation>оплата, карта, парковка</translation>
    </message>
</context>
<context>
    <name>LineForm</name>
    <message>
        <location line="-184"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Registration, children…</source>
        <translation>Регистратура, детское…</translation>
    </message>
</context>
<context>
    <name>LossCalculator</name>
    <message>
        <location filename="../../reception_console/ui/dashboard/loss_calculator.py" line="+46"/>
        <source>Choose one clinic above to see its loss points.</source>
        <translation>Выберите вверху одну клинику, чтобы увидеть её точки потерь.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>mean of the period&apos;s bookings</source>
        <translation>среднее по записям периода</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save for this clinic</source>
        <translation>Сохранить для клиники</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Goal conversion</source>
        <translation>Целевая конверсия</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Average check</source>
        <translation>Средний чек</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Loss points</source>
        <translation>Точки потерь</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loss points — %1</source>
        <translation>Точки потерь — %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The average check is an amount, e.g. 3500 or 260.50.</source>
        <translation>Средний чек — это сумма, например 3500 или 260,50.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(mean of the period&apos;s bookings)</source>
        <translation>(среднее по записям периода)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calls answered</source>
        <translation>Принятые звонки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Non-target, measured</source>
        <translation>Нецелевые, по факту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>information only + non-target</source>
        <translation>справка + нецелевые</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Target calls answered</source>
        <translation>Принятые целевые звонки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>booked + not booked</source>
        <translation>записан + не записан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target share</source>
        <translation>Доля целевых звонков</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed calls at the same mix</source>
        <translation>Пропущенные при той же доле</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimated target calls</source>
        <translation>Расчётные целевые звонки</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bookings at the goal</source>
        <translation>Записи при целевой конверсии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booked</source>
        <translation>Записано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost bookings</source>
        <translation>Упущенные записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost revenue</source>
        <translation>Упущенная выручка</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reception_console/ui/console/main_window.py" line="+109"/>
        <location filename="../../reception_console/ui/console/person_at_console.py" line="+88"/>
        <source>Reception Console</source>
        <translation>Консоль регистратуры</translation>
    </message>
    <message>
        <location filename="../../reception_console/ui/console/calls_column.py" line="+23"/>
        <source>No calls.

Incoming calls appear here.
Ctrl+N starts one by hand.</source>
        <translation>Звонков нет.

Здесь появляются входящие звонки.
Ctrl+N — начать звонок вручную.</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+12"/>
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <location filename="../../reception_console/ui/console/window_actions.py" line="+62"/>
        <source>Main</source>
        <translation>Основная панель</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New call  Ctrl+N</source>
        <translation>Новый звонок  Ctrl+N</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My tasks  Ctrl+T</source>
        <translation>Мои задачи  Ctrl+T</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Couldn&apos;t answer  Ctrl+K</source>
        <translation>Не знаю ответа  Ctrl+K</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit cards  Ctrl+E</source>
        <translation>Редактор карточек  Ctrl+E</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dashboard  Ctrl+D</source>
        <translation>Показатели  Ctrl+D</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Practice…  Ctrl+Shift+P</source>
        <translation>Тренировка…  Ctrl+Shift+P</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Switch user  Ctrl+Shift+L</source>
        <translation>Сменить пользователя  Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../../reception_console/ui/console/person_at_console.py" line="-38"/>
        <source>receptionist</source>
        <translation>администратор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supervisor</source>
        <translation>старший администратор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>admin</source>
        <translation>администратор системы</translation>
    </message>
    <message>
        <location filename="../../reception_console/ui/console/main_window.py" line="+152"/>
        <source>Missed call from %1 recorded; a callback task was created.</source>
        <translation>Пропущенный звонок (%1) записан; создана задача перезвонить.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The database is back; everything kept meanwhile is stored.</source>
        <translation>База данных снова доступна; всё, что ждало записи, сохранено.</translation>
    </message>
    <message>
        <location filename="../../reception_console/ui/console/clinic_chooser.py" line="+49"/>
        <source>No call in progress. Look up a clinic&apos;s card:</source>
        <translation>Сейчас нет звонка. Открыть карточку клиники:</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The line %1 belongs to no clinic. Choose the clinic to see its card:</source>
        <translation>Линия %1 не привязана ни к одной клинике. Выберите клинику, чтобы открыть её карточку:</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Clinic</source>
        <translation>Клиника</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose clinic…</source>
        <translation>Выберите клинику…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Which clinic is this call for? Choose it to see its card:</source>
        <translation>К какой клинике относится этот звонок? Выберите её, чтобы увидеть карточку:</translation>
    </message>
    <message>
        <location filename="../../reception_console/ui/console/main_window.py" line="+103"/>
        <source>Answering on the phone…</source>
        <translation>Телефон отвечает на звонок…</translation>
    </message>
    <message>
        <location filename="../../reception_console/ui/models/tasks_model.py" line="+40"/>
        <source>follow-up on %1</source>
        <translation>повторный контакт %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>callback</source>
        <translation>перезвон</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>message for %1</source>
        <translation>сообщение для: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception_console/ui/console/main_window.py" line="+74"/>
        <source>%n unsaved call(s) from the last session restored: finish and save the outcome.</source>
        <translation>
            <numerusform>Восстановлен %n несохранённый звонок с прошлого сеанса: завершите и сохраните результат.</numerusform>
            <numerusform>Восстановлено %n несохранённых звонка с прошлого сеанса: завершите и сохраните результаты.</numerusform>
            <numerusform>Восстановлено %n несохранённых звонков с прошлого сеанса: завершите и сохраните результаты.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reception_console/ui/console/task_actions.py" line="+105"/>
        <source>Question passed on to the supervisor.</source>
        <translation>Вопрос передан старшему администратору.</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+10"/>
        <source>Call back</source>
        <translation>Перезвонить</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>This task was done meanwhile by a colleague.</source>
        <translation>Эту задачу тем временем уже выполнил коллега.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A colleague is already calling this patient back; the task has left your list.</source>
        <translation>Этому пациенту уже перезванивает коллега; задача убрана из вашего списка.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Calling %1 on the phone; the outcome you save completes the task.</source>
        <translation>Телефон набирает %1; когда вы сохраните результат, задача будет выполнена.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dial %1 now; the outcome you save completes the task.</source>
        <translation>Наберите %1; когда вы сохраните результат, задача будет выполнена.</translation>
    </message>
    <message>
        <location filename="../../reception_console/ui/console/person_at_console.py" line="+37"/>
        <source>An administrator switched off %1. Sign in to go on; the calls on screen are kept.</source>
        <translation>Администратор отключил учётную запись: %1. Войдите, чтобы продолжить; звонки на экране сохранены.</translation>
    </message>
    <message>
        <location filename="../../reception_console/ui/console/outgoing_call.py" line="+7"/>
        <location line="+21"/>
        <source>Call from a link</source>
        <translation>Звонок по ссылке</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Nothing was dialled. %1</source>
        <translation>Ничего не набрано. %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Calling %1 on the phone.</source>
        <translation>Телефон набирает %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dial %1 now.</source>
        <translation>Наберите %1.</translation>
    </message>
</context>
<context>
    <name>MessageSettingsAction</name>
    <message>
        <location filename="../../reception_console/ui/messages_settings.py" line="+247"/>
        <source>Messages…</source>
        <translation>Сообщения…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Message settings saved: they apply from the next start of the console.</source>
        <translation>Настройки сообщений сохранены: они действуют со следующего запуска консоли.</translation>
    </message>
</context>
<context>
    <name>MessageSettingsDialog</name>
    <message>
        <location line="-183"/>
        <source>Messages: e-mail and SMS</source>
        <translation>Сообщения: e-mail и SMS</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E-mail (SMTP)</source>
        <translation>E-mail (SMTP)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+38"/>
        <source>kept in the keyring</source>
        <translation>в хранилище паролей</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encryption</source>
        <translation>Шифрование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From address</source>
        <translation>Адрес отправителя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From name</source>
        <translation>Имя отправителя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No SMS</source>
        <translation>Без SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP gateway</source>
        <translation>HTTP-шлюз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail to SMS</source>
        <translation>E-mail в SMS</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the URL</source>
        <translation>В адресе URL</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Send SMS by</source>
        <translation>Отправлять SMS через</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gateway URL</source>
        <translation>Адрес шлюза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation>Тело запроса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields</source>
        <translation>Поля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headers</source>
        <translation>Заголовки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API token ({secret})</source>
        <translation>API-токен ({secret})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail-to-SMS address</source>
        <translation>Адрес e-mail для SMS</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Send test message</source>
        <translation>Отправить тестовое сообщение</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>address or mobile number</source>
        <translation>адрес или номер мобильного</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Enter where the test message goes.</source>
        <translation>Укажите, куда отправить тестовое сообщение.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sent. The server answered: %1</source>
        <translation>Отправлено. Ответ сервера: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not sent: %1</source>
        <translation>Не отправлено: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The settings could not be saved: %1</source>
        <translation>Не удалось сохранить настройки: %1</translation>
    </message>
</context>
<context>
    <name>MissedCallsPanel</name>
    <message>
        <location filename="../../reception_console/ui/console/missed_calls.py" line="+46"/>
        <source>Missed calls</source>
        <translation>Пропущенные звонки</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Call back</source>
        <translation>Перезвонить</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>Missed calls (%n)</source>
        <translation>
            <numerusform>Пропущенные (%n)</numerusform>
            <numerusform>Пропущенные (%n)</numerusform>
            <numerusform>Пропущенные (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthlyTestAction</name>
    <message>
        <location filename="../../reception_console/ui/monthly_test.py" line="+268"/>
        <source>Monthly test…</source>
        <translation>Ежемесячный тест…</translation>
    </message>
</context>
<context>
    <name>MonthlyTestDialog</name>
    <message>
        <location line="-212"/>
        <source>Monthly knowledge test</source>
        <translation>Ежемесячный тест знаний</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Clinic</source>
        <translation>Клиника</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Start</source>
        <translation>&amp;Начать</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Clinic</source>
        <translation>&amp;Клиника</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Press 1–4 or the arrows, then Enter.</source>
        <translation>Нажмите 1–4 или стрелки, затем Enter.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Answers to look at again</source>
        <translation>Ответы, которые стоит повторить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is no clinic to be tested on.</source>
        <translation>Нет клиники, по которой можно пройти тест.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 questions about this clinic&apos;s card, %2 minutes in all. Each has one right answer: press its number (or move to it with the arrows) and Enter. Questions whose answer changed since your last test come first.</source>
        <translation>Вопросов по карточке этой клиники: %1, всего %2 мин. У каждого один правильный ответ: нажмите его номер (или перейдите к нему стрелками) и Enter. Сначала идут вопросы, ответ на которые изменился после вашего прошлого теста.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 left</source>
        <translation>осталось %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Question %1 of %2</source>
        <translation>Вопрос %1 из %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 of %2 right (%3 %) in %4.</source>
        <translation>Верно: %1 из %2 (%3 %) за %4.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no answer</source>
        <translation>нет ответа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
    right: %2 · yours: %3</source>
        <translation>%1
    верно: %2 · ваш ответ: %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Leave the test? What you answered so far is not kept; you can start again.</source>
        <translation>Прервать тест? Ответы до этого момента не сохранятся; можно начать заново.</translation>
    </message>
</context>
<context>
    <name>NewCallDialog</name>
    <message>
        <location filename="../../reception_console/ui/console/new_call.py" line="+33"/>
        <source>New call</source>
        <translation>Новый звонок</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clinic name or the number dialled</source>
        <translation>Название клиники или номер, на который звонили</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clinics and lines</source>
        <translation>Клиники и линии</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 600 111 222 — leave empty if withheld</source>
        <translation>например, +7 916 123-45-67; пусто, если номер скрыт</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start call</source>
        <translation>Начать звонок</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Line the call came in on:</source>
        <translation>&amp;Линия, на которую поступил звонок:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Caller&apos;s number:</source>
        <translation>&amp;Номер звонящего:</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Choose the line, or type the number that was dialled.</source>
        <translation>Выберите линию или введите номер, на который звонили.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No clinic line matches “%1”, and it is not a phone number.</source>
        <translation>Ни одна линия клиники не подходит под «%1», и это не номер телефона.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“%1” is not a phone number. Check the digits, or leave it empty if the number was withheld.</source>
        <translation>«%1» — не номер телефона. Проверьте цифры или оставьте поле пустым, если номер скрыт.</translation>
    </message>
</context>
<context>
    <name>OutageKeeper</name>
    <message>
        <location filename="../../reception_console/ui/console/outage.py" line="+76"/>
        <source>Calls kept during an outage</source>
        <translation>Звонки, сохранённые без связи с базой</translation>
    </message>
    <message numerus="yes">
        <location line="-10"/>
        <source>%n call(s) kept while the database was away could not be read back. The file is kept as %1; please give it to IT so the calls can be entered.</source>
        <translation>
            <numerusform>Не удалось прочитать %n звонок, сохранённый, пока не было связи с базой данных. Файл сохранён как %1; передайте его в ИТ-отдел, чтобы звонки можно было внести.</numerusform>
            <numerusform>Не удалось прочитать %n звонка, сохранённых, пока не было связи с базой данных. Файл сохранён как %1; передайте его в ИТ-отдел, чтобы звонки можно было внести.</numerusform>
            <numerusform>Не удалось прочитать %n звонков, сохранённых, пока не было связи с базой данных. Файл сохранён как %1; передайте его в ИТ-отдел, чтобы звонки можно было внести.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The calls kept while the database was away could not be read back. The file is kept as %1; please give it to IT so the calls can be entered.</source>
        <translation>Не удалось прочитать звонки, сохранённые, пока не было связи с базой данных. Файл сохранён как %1; передайте его в ИТ-отдел, чтобы звонки можно было внести.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The database cannot be reached. Nothing is lost: calls and what you type stay here and are stored as soon as it answers again. (%1)</source>
        <translation>Нет связи с базой данных. Ничего не потеряется: звонки и всё, что вы вводите, остаются здесь и будут записаны, как только база снова ответит. (%1)</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+61"/>
        <source>Not stored</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>The database did not allow this for your sign-in. The call stays here; please tell IT or your supervisor. (%1)</source>
        <translation>База данных не разрешает это для вашей учётной записи. Звонок остаётся здесь; сообщите в ИТ-отдел или руководителю. (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database can be read but not written (a read-only file or server). The call stays here and is kept in the journal; please tell IT. (%1)</source>
        <translation>Базу данных можно читать, но нельзя в неё записывать (файл или сервер только для чтения). Звонок остаётся здесь и в журнале; сообщите в ИТ-отдел. (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database refused a value of this call. Check what was typed and save again. (%1)</source>
        <translation>База данных отклонила значение этого звонка. Проверьте введённое и сохраните ещё раз. (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database refused this. The call stays here; please tell IT. (%1)</source>
        <translation>База данных отклонила эту операцию. Звонок остаётся здесь; сообщите в ИТ-отдел. (%1)</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location filename="../../reception_console/ui/outcome_names.py" line="+10"/>
        <source>Booked</source>
        <translation>Записан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not booked</source>
        <translation>Не записан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information only</source>
        <translation>Справка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-target</source>
        <translation>Нецелевой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed</source>
        <translation>Пропущенный</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>too expensive</source>
        <translation>дорого</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>will think</source>
        <translation>хочет подумать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no suitable time</source>
        <translation>нет удобного времени</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too far</source>
        <translation>далеко</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wants a specific doctor</source>
        <translation>хочет к конкретному врачу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other reason</source>
        <translation>другая причина</translation>
    </message>
    <message>
        <location filename="../../reception_console/ui/models/history_model.py" line="-28"/>
        <source>not saved</source>
        <translation>не сохранён</translation>
    </message>
</context>
<context>
    <name>OutcomePanel</name>
    <message>
        <location filename="../../reception_console/ui/console/outcome_panel.py" line="+143"/>
        <source>Speciali&amp;st:</source>
        <translation>&amp;Специалист:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ervice:</source>
        <translation>&amp;Услуга:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Visit:</source>
        <translation>&amp;Приём:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xpected value:</source>
        <translation>Ожидаемая су&amp;мма:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What stopped the patient?</source>
        <translation>Что остановило пациента?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reason:</source>
        <translation>При&amp;чина:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In &amp;words:</source>
        <translation>Подро&amp;бнее:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Follow up on:</source>
        <translation>Повторный &amp;контакт:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First and last name</source>
        <translation>Имя и фамилия</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anything the next person should know</source>
        <translation>Что важно знать коллегам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call the patient &amp;back</source>
        <translation>Перез&amp;вонить пациенту</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Patient:</source>
        <translation>П&amp;ациент:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Message for:</source>
        <translation>Сообщение &amp;для:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messa&amp;ge:</source>
        <translation>&amp;Текст:</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Save outcome  Ctrl+Enter</source>
        <translation>Сохранить результат  Ctrl+Enter</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Outcome</source>
        <translation>Результат звонка</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>What to pass on</source>
        <translation>Что передать</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Call back a&amp;t:</source>
        <translation>К&amp;огда перезвонить:</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>the owner</source>
        <translation>владелец</translation>
    </message>
    <message>
        <location filename="../../reception_console/ui/error_text.py" line="-63"/>
        <source>Choose the outcome of the call (Ctrl+1…Ctrl+5).</source>
        <translation>Выберите результат звонка (Ctrl+1…Ctrl+5).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This call was answered, so it cannot be recorded as missed.</source>
        <translation>На этот звонок ответили, поэтому его нельзя записать как пропущенный.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The call was never answered: press F9 to answer, or record it as missed.</source>
        <translation>На звонок не ответили: нажмите F9, чтобы ответить, или запишите его как пропущенный.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the specialist or the service that was booked.</source>
        <translation>Выберите специалиста или услугу, на которую записали пациента.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the date and time of the visit: type it, or press Enter in the field to confirm the one proposed.</source>
        <translation>Выберите дату и время приёма: введите их или нажмите Enter в этом поле, чтобы подтвердить предложенные.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the patient&apos;s name: a booking needs it.</source>
        <translation>Введите имя пациента: без него запись на приём не сохранить.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The expected value cannot be negative.</source>
        <translation>Ожидаемая сумма не может быть отрицательной.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The expected value must be an amount, e.g. 180 or 180.50.</source>
        <translation>Ожидаемая сумма должна быть числом, например 180 или 180,50.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose why the patient did not book.</source>
        <translation>Выберите, почему пациент не записался.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe the reason in a few words.</source>
        <translation>Опишите причину в нескольких словах.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the message to pass on.</source>
        <translation>Напишите, что нужно передать.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the clinic this call was for (above the card).</source>
        <translation>Выберите клинику, в которую звонили (над карточкой).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved yet: the database cannot be reached. The outcome stays here; press Enter again once the database is back.</source>
        <translation>Пока не сохранено: нет связи с базой данных. Результат остаётся здесь; нажмите Enter ещё раз, когда база снова заработает.</translation>
    </message>
</context>
<context>
    <name>OutgoingCallDialog</name>
    <message>
        <location filename="../../reception_console/ui/console/outgoing_call.py" line="-57"/>
        <source>Call %1</source>
        <translation>Позвонить на %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Call from the line of:</source>
        <translation>&amp;Позвонить с линии:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number to call:</source>
        <translation>Номер, на который звоним:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Call</source>
        <translation>Позвонить</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <location filename="../../reception_console/ui/editor/people_dialog.py" line="-24"/>
        <source>Use lower-case letters, digits, dots and dashes.</source>
        <translation>Используйте строчные латинские буквы, цифры, точки и дефисы.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone already has this login.</source>
        <translation>Этот логин уже занят.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the name said in the greeting.</source>
        <translation>Введите имя, которое звучит в приветствии.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least %1 characters.</source>
        <translation>Не меньше %1 символов.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You cannot deactivate yourself.</source>
        <translation>Нельзя отключить собственную учётную запись.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone must stay an admin to manage people.</source>
        <translation>Кто-то должен остаться администратором системы, чтобы управлять пользователями.</translation>
    </message>
    <message>
        <location filename="../../reception_console/ui/models/people_model.py" line="+21"/>
        <source>receptionist</source>
        <translation>администратор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supervisor</source>
        <translation>старший администратор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>admin</source>
        <translation>администратор системы</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <location filename="../../reception_console/ui/editor/people_dialog.py" line="+48"/>
        <location line="+4"/>
        <source>People</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change role…</source>
        <translation>Изменить роль…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Deactivate</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Reset password…</source>
        <translation>Задать новый пароль…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Reactivate</source>
        <translation>Включить снова</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reset password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password for %1 (at least %2 characters):</source>
        <translation>Новый пароль для: %1 (не меньше %2 символов):</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../reception_console/ui/models/people_model.py" line="+28"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Can sign in</source>
        <translation>Может входить</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no (deactivated)</source>
        <translation>нет (отключён)</translation>
    </message>
</context>
<context>
    <name>PerItemPage</name>
    <message>
        <location filename="../../reception_console/ui/editor/wizard.py" line="-31"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
</context>
<context>
    <name>PhoneBridge</name>
    <message>
        <location filename="../../reception_console/ui/console/phone_bridge.py" line="+55"/>
        <source>A call event could not be recorded; see the log.</source>
        <translation>Не удалось записать событие звонка; подробности в журнале.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown line %1</source>
        <translation>Неизвестная линия %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ringing: %1</source>
        <translation>Звонок: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A call event from the command line was ignored: %1</source>
        <translation>Событие звонка из командной строки пропущено: %1</translation>
    </message>
</context>
<context>
    <name>PhoneStatusLabel</name>
    <message>
        <location filename="../../reception_console/ui/console/phone_status.py" line="+28"/>
        <source>☎ Softphone connected</source>
        <translation>☎ Софтфон подключён</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>☎ PBX connected</source>
        <translation>☎ АТС подключена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Softphone: connecting…</source>
        <translation>Софтфон: подключение…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PBX: connecting…</source>
        <translation>АТС: подключение…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>PBX refused the sign-in; retrying in %n s</source>
        <translation>
            <numerusform>АТС отклонила вход; повтор через %n с</numerusform>
            <numerusform>АТС отклонила вход; повтор через %n с</numerusform>
            <numerusform>АТС отклонила вход; повтор через %n с</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Softphone not reachable; retrying in %n s</source>
        <translation>
            <numerusform>Софтфон недоступен; повтор через %n с</numerusform>
            <numerusform>Софтфон недоступен; повтор через %n с</numerusform>
            <numerusform>Софтфон недоступен; повтор через %n с</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>PBX not reachable; retrying in %n s</source>
        <translation>
            <numerusform>АТС недоступна; повтор через %n с</numerusform>
            <numerusform>АТС недоступна; повтор через %n с</numerusform>
            <numerusform>АТС недоступна; повтор через %n с</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhraseForm</name>
    <message>
        <location filename="../../reception_console/ui/editor/item_forms.py" line="+214"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words to say</source>
        <translation>Что сказать</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <location filename="../../reception_console/ui/console/practice.py" line="+82"/>
        <source>Practice paused: %1 resumes it</source>
        <translation>Тренировка приостановлена: %1 продолжит её</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Finish the calls in progress first: a real call comes first.</source>
        <translation>Сначала завершите текущие звонки: настоящий звонок важнее.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Back to live calls.</source>
        <translation>Снова настоящие звонки.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Practice ended: another person signed in. Nothing was scored.</source>
        <translation>Тренировка закончена: вошёл другой сотрудник. Ничего не оценено.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Finish the real call first, then resume the practice.</source>
        <translation>Сначала завершите настоящий звонок, затем продолжите тренировку.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Practice: on a real call this question would go to your supervisor.</source>
        <translation>Тренировка: при настоящем звонке этот вопрос ушёл бы старшему администратору.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Practice call scored. Another scenario, or back to live calls (%1).</source>
        <translation>Тренировка оценена. Другой сценарий или снова настоящие звонки (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Practice call saved: nothing was stored as a call, nothing was sent.</source>
        <translation>Тренировка сохранена: звонок не записан, ничего не отправлено.</translation>
    </message>
    <message>
        <location filename="../../reception_console/ui/console/practice_texts.py" line="+14"/>
        <source>An age the specialist does not accept</source>
        <translation>Возраст, который специалист не принимает</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A price question</source>
        <translation>Вопрос о цене</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation for a service</source>
        <translation>Подготовка к услуге</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long a visit takes</source>
        <translation>Сколько длится приём</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parking</source>
        <translation>Парковка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directions</source>
        <translation>Как добраться</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening hours</source>
        <translation>Часы работы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A question from the algorithms</source>
        <translation>Вопрос из алгоритмов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“Too expensive”</source>
        <translation>«Дорого»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“I&apos;ll think about it”</source>
        <translation>«Я подумаю»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A question the card cannot answer</source>
        <translation>Вопрос, на который в карточке нет ответа</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>returning patient</source>
        <translation>повторный пациент</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new patient</source>
        <translation>новый пациент</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Question %1: the right fact found</source>
        <translation>Вопрос %1: нужный факт найден</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question %1: found in time</source>
        <translation>Вопрос %1: найден вовремя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question %1: the objection prompt used</source>
        <translation>Вопрос %1: использована подсказка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question %1: passed on with Couldn&apos;t answer</source>
        <translation>Вопрос %1: передан через «Не смог ответить»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answered within 9 seconds</source>
        <translation>Ответ в течение 9 секунд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greeting said</source>
        <translation>Приветствие сказано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The right clinic&apos;s card</source>
        <translation>Карточка нужной клиники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Результат звонка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The right specialist</source>
        <translation>Нужный специалист</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The task that follows</source>
        <translation>Задача, которая из этого следует</translation>
    </message>
    <message>
        <location filename="../../reception_console/ui/console/practice_banner.py" line="+34"/>
        <source>PRACTICE — not a real call</source>
        <translation>ТРЕНИРОВКА — это не настоящий звонок</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Greeting sa&amp;id</source>
        <translation>Пр&amp;иветствие сказано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Another scenario…</source>
        <translation>Другой сцена&amp;рий…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to live calls  %1</source>
        <translation>Настоящие звонки  %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Patient: “%1”</source>
        <translation>Пациент: «%1»</translation>
    </message>
    <message>
        <location filename="../../reception_console/ui/console/practice_marks.py" line="+43"/>
        <source>Practice mode — nothing here is a real call</source>
        <translation>Режим тренировки — здесь нет настоящих звонков</translation>
    </message>
</context>
<context>
    <name>PracticeDialog</name>
    <message>
        <location filename="../../reception_console/ui/console/practice_dialog.py" line="+37"/>
        <source>Practice</source>
        <translation>Тренировка</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A virtual patient calls on the clinic&apos;s line and you answer on this console as on a real call. Nothing is stored as a call and no message leaves; your score is kept.</source>
        <translation>Виртуальный пациент звонит на линию клиники, а вы отвечаете в этой консоли, как на настоящий звонок. Звонок не записывается и никакие сообщения не отправляются; ваша оценка сохраняется.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Clinic:</source>
        <translation>&amp;Клиника:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Scenario:</source>
        <translation>&amp;Сценарий:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <translation>Начать</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Assigned: %1</source>
        <translation>Назначено: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No scenario for this clinic yet.</source>
        <translation>Для этой клиники пока нет сценариев.</translation>
    </message>
</context>
<context>
    <name>PromptsEditor</name>
    <message>
        <location filename="../../reception_console/ui/editor/script_tab.py" line="+40"/>
        <source>Objection prompts (F2–F8 on a call)</source>
        <translation>Подсказки на возражения (F2–F8 во время звонка)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Own words for this clinic (instead of the global prompt)</source>
        <translation>Своя подсказка для этой клиники (вместо общей)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to say</source>
        <translation>Что сказать</translation>
    </message>
    <message>
        <location line="+41"/>
        <source> · own</source>
        <translation> · своя</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> · global</source>
        <translation> · общая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Global prompt: %1</source>
        <translation>Общая подсказка: %1</translation>
    </message>
</context>
<context>
    <name>PromptsPanel</name>
    <message>
        <location filename="../../reception_console/ui/console/prompts_panel.py" line="+50"/>
        <location line="+35"/>
        <source>Objections</source>
        <translation>Возражения</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>What to say</source>
        <translation>Что сказать</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+3"/>
        <source>Phrases</source>
        <translation>Фразы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The caller&apos;s earlier calls</source>
        <translation>Прежние звонки этого абонента</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Press F2–F8 when the patient hesitates; the words to say appear here.</source>
        <translation>Если пациент сомневается, нажмите F2–F8 — здесь появится, что ответить.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+3"/>
        <location line="+70"/>
        <source>Directions</source>
        <translation>Проезд</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+14"/>
        <location line="+97"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Parking</source>
        <translation>Парковка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening hours</source>
        <translation>Часы работы</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+99"/>
        <source>History (%1)</source>
        <translation>История (%1)</translation>
    </message>
</context>
<context>
    <name>QuestionsTab</name>
    <message>
        <location filename="../../reception_console/ui/editor/questions_tab.py" line="+24"/>
        <source>Questions receptionists could not answer</source>
        <translation>Вопросы, на которые администраторы не нашли ответа</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No open questions: receptionists press Ctrl+K on a call to pass one on.</source>
        <translation>Вопросов без ответа нет: администраторы передают их во время звонка клавишами Ctrl+K.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the answer to the card…</source>
        <translation>Добавить ответ в карточку…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close: not a gap</source>
        <translation>Закрыть без ответа</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <location filename="../../reception_console/ui/report_format.py" line="+43"/>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
</context>
<context>
    <name>Saving</name>
    <message>
        <location filename="../../reception_console/ui/console/saving.py" line="+93"/>
        <source>Saving…</source>
        <translation>Сохраняю…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved: %1.</source>
        <translation>Сохранено: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Task(s) created: %1.</source>
        <translation>
            <numerusform>Создана задача: %1.</numerusform>
            <numerusform>Созданы задачи: %1.</numerusform>
            <numerusform>Созданы задачи: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not saved: the call is back in the list.</source>
        <translation>Не сохранено: звонок вернулся в список.</translation>
    </message>
</context>
<context>
    <name>ScenarioEditor</name>
    <message>
        <location filename="../../reception_console/ui/scenario_editor.py" line="+70"/>
        <source>Practice scenarios</source>
        <translation>Сценарии тренировок</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+94"/>
        <source>Clinic</source>
        <translation>Клиника</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Scenarios</source>
        <translation>Сценарии</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re&amp;move</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reset to &amp;generated</source>
        <translation>Вернуть &amp;созданные по карточке</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>years</source>
        <translation>лет</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>months</source>
        <translation>мес.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returning patient</source>
        <translation>Пациент уже обращался</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line dialled</source>
        <translation>Набранная линия</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The patient says</source>
        <translation>Пациент говорит</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fact on the card</source>
        <translation>Сведение из карточки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Objection</source>
        <translation>Возражение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Couldn&apos;t answer</source>
        <translation>Не знаю ответа</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add step</source>
        <translation>Добавить шаг</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove step</source>
        <translation>Удалить шаг</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome</source>
        <translation>Результат звонка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Right specialist</source>
        <translation>Нужный специалист</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ke&amp;y</source>
        <translation>&amp;Код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;opic</source>
        <translation>Т&amp;ема</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Patient</source>
        <translation>&amp;Пациент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ag&amp;e</source>
        <translation>&amp;Возраст</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Line dialled</source>
        <translation>Набранная &amp;линия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Steps</source>
        <translation>&amp;Шаги</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected o&amp;utcome</source>
        <translation>Ожидаемый &amp;результат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason</source>
        <translation>При&amp;чина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right spe&amp;cialist</source>
        <translation>Нужный спе&amp;циалист</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tas&amp;k</source>
        <translation>&amp;Задача</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the clinic&apos;s own scenarios</source>
        <translation>собственные сценарии клиники</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>generated from the card</source>
        <translation>созданы по карточке</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Step %1: what does the patient say?</source>
        <translation>Шаг %1: что говорит пациент?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Step %1: the objection is one of %2</source>
        <translation>Шаг %1: возражение — одно из: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A scenario needs at least one step.</source>
        <translation>В сценарии нужен хотя бы один шаг.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The scenario needs a key.</source>
        <translation>Сценарию нужен код.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>New scenario</source>
        <translation>Новый сценарий</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Forget this clinic&apos;s own scenarios and use the set generated from its card again?</source>
        <translation>Удалить собственные сценарии этой клиники и снова использовать созданные по её карточке?</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: nothing was imported.</source>
        <translation>%1: ничего не импортировано.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: imported %2 scenario(s).</source>
        <translation>%1: импортировано сценариев: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import scenarios</source>
        <translation>Импорт сценариев</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scenario files (*.json)</source>
        <translation>Файлы сценариев (*.json)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export scenarios</source>
        <translation>Экспорт сценариев</translation>
    </message>
</context>
<context>
    <name>ScoreDialog</name>
    <message>
        <location filename="../../reception_console/ui/console/practice_score.py" line="+26"/>
        <source>Practice score</source>
        <translation>Оценка тренировки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 checks passed (%3 %)</source>
        <translation>Оценка: %1 из %2 (%3 %)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expected</source>
        <translation>Ожидалось</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Сделано</translation>
    </message>
</context>
<context>
    <name>ScriptTab</name>
    <message>
        <location filename="../../reception_console/ui/editor/script_tab.py" line="+56"/>
        <source>Add phrase</source>
        <translation>Добавить фразу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Objection prompts (F2–F8 on a call)</source>
        <translation>Подсказки на возражения (F2–F8 во время звонка)</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>Ready phrases</source>
        <translation>Готовые фразы</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <source>This clinic&apos;s own phrases</source>
        <translation>Свои фразы этой клиники</translation>
    </message>
</context>
<context>
    <name>ServiceForm</name>
    <message>
        <location filename="../../reception_console/ui/editor/item_forms.py" line="-105"/>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First consultation</source>
        <translation>Первичная консультация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>or any specialist of</source>
        <translation>или специальность</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Specialty</source>
        <translation>Специальность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation</source>
        <translation>Подготовка</translation>
    </message>
</context>
<context>
    <name>ServicesModel</name>
    <message>
        <location filename="../../reception_console/ui/models/card_models.py" line="+135"/>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation</source>
        <translation>Подготовка</translation>
    </message>
</context>
<context>
    <name>SettingsAction</name>
    <message>
        <location filename="../../reception_console/ui/settings_dialog.py" line="+145"/>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Language saved: it applies from the next start of the console.</source>
        <translation>Язык сохранён: он будет применён при следующем запуске консоли.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location line="-111"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As the system (%1)</source>
        <translation>Как в системе (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Светлые</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Тёмные</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colours:</source>
        <translation>&amp;Цвета:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The console switches to %1 the next time it starts. Close it and start it again when convenient: calls in progress and unsaved outcomes are kept.</source>
        <translation>Консоль перейдёт на язык «%1» при следующем запуске. Закройте и снова откройте её, когда будет удобно: текущие звонки и несохранённые результаты не пропадут.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A new language is used from the next start of the console.</source>
        <translation>Новый язык применяется при следующем запуске консоли.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The settings file could not be changed, so nothing was saved:
%1</source>
        <translation>Не удалось изменить файл настроек, поэтому ничего не сохранено:
%1</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../reception_console/ui/console/sign_in.py" line="+49"/>
        <source>Sign in — Reception Console</source>
        <translation>Вход — Консоль регистратуры</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Name:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who is at the console?</source>
        <translation>Кто сейчас за консолью?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading the names</source>
        <translation>Загрузка списка сотрудников</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your name or login</source>
        <translation>Имя или логин</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The database cannot be reached. Try again in a moment, or call IT.</source>
        <translation>Нет связи с базой данных. Попробуйте чуть позже или позвоните в IT.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many wrong passwords in a row. Try again in %1 s.</source>
        <translation>Слишком много неверных паролей подряд. Повторите попытку через %1 с.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This password is shorter than 8 characters. Ask an admin to set you a new one.</source>
        <translation>Этот пароль короче 8 символов. Попросите администратора системы задать новый.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrong name or password. Check the keyboard layout and Caps Lock.</source>
        <translation>Неверное имя пользователя или пароль. Проверьте раскладку клавиатуры и Caps Lock.</translation>
    </message>
</context>
<context>
    <name>SpecialistForm</name>
    <message>
        <location filename="../../reception_console/ui/editor/item_forms.py" line="-81"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialty</source>
        <translation>Специальность</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pediatrician</source>
        <translation>Педиатр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patients from</source>
        <translation>Пациенты от</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>up to</source>
        <translation>до</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit length</source>
        <translation>Длительность приёма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>Мобильный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
</context>
<context>
    <name>SpecialistsModel</name>
    <message>
        <location filename="../../reception_console/ui/models/card_models.py" line="-41"/>
        <source>Specialist</source>
        <translation>Специалист</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialty</source>
        <translation>Специальность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ages</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation>Приём</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Languages: %1</source>
        <translation>Языки: %1</translation>
    </message>
</context>
<context>
    <name>TargetsPanel</name>
    <message>
        <location filename="../../reception_console/ui/dashboard/targets_panel.py" line="+40"/>
        <source>Receptionist</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookings target</source>
        <translation>План на месяц: записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bookings</source>
        <translation>зап.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Conversion target</source>
        <translation>План на месяц: конверсия в запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no conversion target</source>
        <translation>без плана конверсии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set target</source>
        <translation>Задать план</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Monthly targets, %1</source>
        <translation>Планы на месяц, %1</translation>
    </message>
</context>
<context>
    <name>TasksDialog</name>
    <message>
        <location filename="../../reception_console/ui/console/tasks_dialog.py" line="+42"/>
        <location line="+5"/>
        <source>My tasks</source>
        <translation>Мои задачи</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+51"/>
        <source>Call back  Enter</source>
        <translation>Перезвонить  Enter</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+46"/>
        <location line="+4"/>
        <source>Mark done  Ctrl+D</source>
        <translation>Отметить выполненной  Ctrl+D</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Send again</source>
        <translation>Отправить снова</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the message&apos;s failed e-mail or SMS once more</source>
        <translation>Ещё раз отправить неотправленный e-mail или SMS этого сообщения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n open task(s)</source>
        <translation>
            <numerusform>%n открытая задача</numerusform>
            <numerusform>%n открытые задачи</numerusform>
            <numerusform>%n открытых задач</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n просрочена</numerusform>
            <numerusform>%n просрочены</numerusform>
            <numerusform>%n просрочено</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Call the patient  Enter</source>
        <translation>Позвонить пациенту  Enter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passed on by phone  Ctrl+D</source>
        <translation>Передано по телефону  Ctrl+D</translation>
    </message>
</context>
<context>
    <name>TasksModel</name>
    <message>
        <location filename="../../reception_console/ui/models/tasks_model.py" line="-19"/>
        <source>Owner: %1</source>
        <translation>Владелец: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No number to call: the caller&apos;s number was withheld or not known. Mark the task done once dealt with.</source>
        <translation>Некуда звонить: номер звонившего был скрыт или неизвестен. Когда вопрос решён, отметьте задачу выполненной.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clinic</source>
        <translation>Клиника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient</source>
        <translation>Пациент</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call back when</source>
        <translation>Когда перезвонить</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Call back</source>
        <translation>Перезвонить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow up</source>
        <translation>Повторный контакт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message for %1</source>
        <translation>Сообщение для: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <location filename="../../reception_console/ui/dashboard/training_tables.py" line="+36"/>
        <source>practice by receptionist</source>
        <translation>тренировки администраторов</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+43"/>
        <location line="+31"/>
        <source>Receptionist</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average score</source>
        <translation>Средняя оценка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last score</source>
        <translation>Последняя оценка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trend by day</source>
        <translation>Динамика по дням</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The average score of each day practised</source>
        <translation>Средняя оценка за каждый день тренировок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last practised</source>
        <translation>Последняя тренировка</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>practice attempts</source>
        <translation>попытки тренировок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finished</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <location line="+35"/>
        <source>Clinic</source>
        <translation>Клиника</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Answered after</source>
        <translation>Ответ через</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+57"/>
        <source>Assigned</source>
        <translation>Назначено</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(all receptionists)</source>
        <translation>(все администраторы)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>knowledge tests</source>
        <translation>тесты знаний</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tests</source>
        <translation>Тесты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions</source>
        <translation>Вопросы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right</source>
        <translation>Верно</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Minutes</source>
        <translation>Минуты</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Monthly test</source>
        <translation>Ежемесячный тест</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practice: %1</source>
        <translation>Тренировка: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any scenario</source>
        <translation>любой сценарий</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>open assignments</source>
        <translation>открытые задания</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To do</source>
        <translation>Что сделать</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>any clinic</source>
        <translation>любая клиника</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Practice score by day</source>
        <translation>Оценка тренировок по дням</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: score by day, %</source>
        <translation>%1: оценка по дням, %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score by day, %</source>
        <translation>Оценка по дням, %</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <location filename="../../reception_console/ui/dashboard/training_panel.py" line="+81"/>
        <source>Knowledge tests grouped</source>
        <translation>Тесты знаний с разбивкой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per receptionist</source>
        <translation>по администраторам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per clinic</source>
        <translation>по клиникам</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Assign…</source>
        <translation>&amp;Назначить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel assignment</source>
        <translation>Отменить задание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Scenarios…</source>
        <translation>&amp;Сценарии…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export training</source>
        <translation>Экспорт обучения</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Knowledge tests to CSV…</source>
        <translation>Тесты знаний в CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practice attempts to CSV…</source>
        <translation>Попытки тренировок в CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All training tables to Excel (XLSX)…</source>
        <translation>Все таблицы обучения в Excel (XLSX)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practice calls and tests are kept apart: they are in none of the figures.</source>
        <translation>Учебные звонки и тесты хранятся отдельно: они не входят ни в один показатель.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Practice by receptionist</source>
        <translation>Тренировки администраторов</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+82"/>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Monthly knowledge test</source>
        <translation>Ежемесячный тест знаний</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open assignments</source>
        <translation>Открытые задания</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Attempts of %1</source>
        <translation>Попытки: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Export to Excel</source>
        <translation>Экспорт в Excel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export to CSV</source>
        <translation>Экспорт в CSV</translation>
    </message>
</context>
<context>
    <name>TrainingText</name>
    <message>
        <location filename="../../reception_console/ui/training_text.py" line="+13"/>
        <source>age the specialist does not accept</source>
        <translation>возраст, который специалист не принимает</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>price</source>
        <translation>цена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>preparation</source>
        <translation>подготовка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visit length</source>
        <translation>длительность приёма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parking</source>
        <translation>парковка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>directions</source>
        <translation>проезд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opening hours</source>
        <translation>часы работы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>algorithm</source>
        <translation>алгоритм</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>question the card cannot answer</source>
        <translation>вопрос, ответа на который нет в карточке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>callback</source>
        <translation>перезвон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>follow-up</source>
        <translation>повторный контакт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>message</source>
        <translation>сообщение</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../reception_console/ui/dashboard/widgets.py" line="-104"/>
        <source>Answered</source>
        <translation>Принято</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conversion, %</source>
        <translation>Конверсия, %</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>wk %1</source>
        <translation>нед. %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>calls</source>
        <translation>звонки</translation>
    </message>
</context>
<context>
    <name>WorkListsPanel</name>
    <message>
        <location filename="../../reception_console/ui/dashboard/worklists_panel.py" line="+67"/>
        <location line="+39"/>
        <source>Follow-ups</source>
        <translation>Повторные контакты</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Too expensive or will think: call back on the due date.</source>
        <translation>Дорого или хочет подумать: перезвоните в назначенный срок.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+34"/>
        <source>Callbacks</source>
        <translation>Перезвоны</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Missed calls not yet called back.</source>
        <translation>Пропущенные звонки, по которым ещё не перезвонили.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+29"/>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Messages for owners and doctors, not yet passed on.</source>
        <translation>Сообщения для владельцев и врачей, ещё не переданные.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visits that have taken place: mark what happened.</source>
        <translation>Прошедшие приёмы: отметьте, чем они закончились.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Call now</source>
        <translation>Позвонить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark done</source>
        <translation>Отметить выполненным</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passed on</source>
        <translation>Передано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send again</source>
        <translation>Отправить снова</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attended</source>
        <translation>Состоялся</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-show</source>
        <translation>Неявка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Visits to mark</source>
        <translation>Приёмы для отметки</translation>
    </message>
</context>
</TS>
