/** Russian strings of the quiz view (spread into `ru`). */
import type { enQuiz } from './en-quiz';
import type { Message } from './message';

export const ruQuiz: Record<keyof typeof enQuiz, Message> = {
  'view.quiz': 'Викторина',
  'quiz.label': 'Викторина',
  'quiz.intro':
    'Викторина № {seed}, составленная по набору данных. Поделитесь адресом этой страницы — все получат те же вопросы.',
  'quiz.new': 'Новая викторина',
  'quiz.position': 'Вопрос {n} из {m}',
  'quiz.check': 'Проверить',
  'quiz.next': 'Следующий вопрос',
  'quiz.finish': 'Посмотреть результат',
  'quiz.chooseFirst': 'Сначала выберите ответ.',
  'quiz.right': 'Верно!',
  'quiz.wrong': 'Не совсем. Правильный ответ: {answer}.',
  'quiz.why': 'Почему',
  'quiz.showOnTimeline': 'Показать на шкале времени',
  'quiz.openEvent': 'Событие',
  'quiz.sources': 'Источники',
  'quiz.score': 'Правильных ответов: {score} из {total}.',
  'quiz.again': 'Пройти эту викторину ещё раз',
  'quiz.empty': 'По этому набору данных нельзя составить вопросы.',
  'quiz.order.legend': 'Расставьте события по порядку, начиная с самого раннего.',
  'quiz.order.letters': 'События',
  'quiz.order.why': 'По порядку, с датами:',
  'quiz.quote.legend': 'Кто это сказал?',
  'quiz.quote.why': 'Это сказал(а) {speaker} ({date}).',
  'quiz.vote.legend': 'Как {actor} голосовал(а) по документу «{document}»?',
  'quiz.vote.why': '{actor}: {vote}. Итог: за — {yes}, против — {no}, воздержались — {abstain}.',
  'quiz.stance.legend': 'Какой была позиция участника «{actor}» по этому тезису на {date}?',
  'quiz.stance.why': 'Зафиксировано {date}: {stance}.',
  'quiz.point.legend': 'Какой пункт документа «{document}» это говорит?',
  'quiz.point.choice': 'Пункт {n}: {title}',
};
