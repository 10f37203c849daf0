// PUT /api/assessments/[id]/answers – saves one answer (idempotent per question, last write wins)
import { actorOf } from "@/lib/auth/actor";
import { putAnswer } from "@/lib/http/answer-endpoint";

export async function PUT(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return putAnswer(request, { id: (await params).id, actorOf });
}
