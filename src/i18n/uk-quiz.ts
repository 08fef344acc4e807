/** Ukrainian strings of the quiz view (spread into `uk`). */
import type { enQuiz } from './en-quiz';
import type { Message } from './message';

export const ukQuiz: Record<keyof typeof enQuiz, Message> = {
  'view.quiz': 'Вікторина',
  'quiz.label': 'Вікторина',
  'quiz.intro':
    'Вікторина № {seed}, складена за набором даних. Поділіться адресою цієї сторінки — усі отримають ті самі запитання.',
  'quiz.new': 'Нова вікторина',
  'quiz.position': 'Запитання {n} з {m}',
  'quiz.check': 'Перевірити',
  'quiz.next': 'Наступне запитання',
  'quiz.finish': 'Переглянути результат',
  'quiz.chooseFirst': 'Спершу виберіть відповідь.',
  'quiz.right': 'Правильно!',
  'quiz.wrong': 'Не зовсім. Правильна відповідь: {answer}.',
  'quiz.why': 'Чому',
  'quiz.showOnTimeline': 'Показати на часовій шкалі',
  'quiz.openEvent': 'Подія',
  'quiz.sources': 'Джерела',
  'quiz.score': 'Правильних відповідей: {score} з {total}.',
  'quiz.again': 'Пройти цю вікторину ще раз',
  'quiz.empty': 'За цим набором даних не вдається скласти запитання.',
  'quiz.order.legend': 'Розташуйте події за порядком, починаючи з найранішої.',
  'quiz.order.letters': 'Події',
  'quiz.order.why': 'За порядком, із датами:',
  'quiz.quote.legend': 'Хто це сказав?',
  'quiz.quote.why': 'Це сказав(-ла) {speaker} ({date}).',
  'quiz.vote.legend': 'Як голосувала сторона «{actor}» щодо документа «{document}»?',
  'quiz.vote.why': '{actor}: {vote}. Підсумок: за — {yes}, проти — {no}, утрималися — {abstain}.',
  'quiz.stance.legend': 'Якою була позиція сторони «{actor}» щодо цієї тези станом на {date}?',
  'quiz.stance.why': 'Зафіксовано {date}: {stance}.',
  'quiz.point.legend': 'Який пункт документа «{document}» це каже?',
  'quiz.point.choice': 'Пункт {n}: {title}',
};
