-- Issue 16: Hỏi đáp (questions from the public, staff answers, published Q&A) and the
-- notifications owed to askers once outbound mail exists.

-- CreateEnum
CREATE TYPE "QuestionStatus" AS ENUM ('RECEIVED', 'IN_PROGRESS', 'ANSWERED');

-- CreateTable
CREATE TABLE "questions" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "asker_name" TEXT NOT NULL,
    "asker_email" TEXT NOT NULL DEFAULT '',
    "asker_phone" TEXT NOT NULL DEFAULT '',
    "topic" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "ip" TEXT,
    "status" "QuestionStatus" NOT NULL DEFAULT 'RECEIVED',
    "assignee_id" UUID,
    "title" TEXT NOT NULL DEFAULT '',
    "slug" TEXT,
    "answer" JSONB,
    "answer_html" TEXT NOT NULL DEFAULT '',
    "answer_text" TEXT NOT NULL DEFAULT '',
    "answered_at" TIMESTAMPTZ(3),
    "answered_by_id" UUID,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "questions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "question_notifications" (
    "id" UUID NOT NULL,
    "question_id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMPTZ(3),

    CONSTRAINT "question_notifications_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "questions_code_key" ON "questions"("code");

-- CreateIndex
CREATE UNIQUE INDEX "questions_slug_key" ON "questions"("slug");

-- CreateIndex
CREATE INDEX "questions_published_answered_at_idx" ON "questions"("published", "answered_at" DESC);

-- CreateIndex
CREATE INDEX "questions_status_created_at_idx" ON "questions"("status", "created_at" DESC);

-- CreateIndex
CREATE INDEX "questions_ip_created_at_idx" ON "questions"("ip", "created_at" DESC);

-- CreateIndex
CREATE INDEX "questions_assignee_id_idx" ON "questions"("assignee_id");

-- CreateIndex
CREATE INDEX "questions_answered_by_id_idx" ON "questions"("answered_by_id");

-- CreateIndex
CREATE INDEX "question_notifications_question_id_idx" ON "question_notifications"("question_id");

-- CreateIndex
CREATE INDEX "question_notifications_sent_at_created_at_idx" ON "question_notifications"("sent_at", "created_at");

-- AddForeignKey
ALTER TABLE "questions" ADD CONSTRAINT "questions_assignee_id_fkey" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "questions" ADD CONSTRAINT "questions_answered_by_id_fkey" FOREIGN KEY ("answered_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "question_notifications" ADD CONSTRAINT "question_notifications_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "questions"("id") ON DELETE CASCADE ON UPDATE CASCADE;
