import { expect, test } from '@playwright/test';
import { expectValidHtml } from './fixtures/html-validity';
import { waitForHydration } from './fixtures/hydration';
import { expectNoAxeViolations } from './fixtures/portal-data';
import { signIn, sql, unique } from './editor-helpers';

// Hỏi đáp: a citizen asks and gets a tracking code; an editor answers and publishes; the citizen
// finds the answer by code and in the public list, where nothing identifies them.

// The form refuses submissions made less than 3 s after it was rendered (a bot check).
const HUMAN_PAUSE_MS = 3_500;

test('a citizen asks, staff answer and publish, the citizen finds the answer by code and in the list', async ({ browser, request }) => {
  // A long journey through several pages and two roles: room for a loaded 2-core machine.
  test.setTimeout(180_000);
  const marker = unique('nuoc-sach');
  const citizen = await (await browser.newContext()).newPage();
  await citizen.goto('/hoi-dap');
  await citizen.getByRole('link', { name: 'Gửi câu hỏi' }).click();
  await expect(citizen).toHaveURL(/\/hoi-dap\/gui-cau-hoi$/);
  await waitForHydration(citizen);
  const form = citizen.getByRole('form', { name: 'Gửi câu hỏi cho Trung tâm' });
  await form.getByRole('textbox', { name: 'Họ và tên' }).fill('Phạm Thị Hồng Nhung');
  await form.getByRole('textbox', { name: 'Email (không bắt buộc)' }).fill('hong.nhung@example.com');
  await form.getByRole('textbox', { name: 'Số điện thoại (không bắt buộc)' }).fill('0987 654 321');
  await form.getByRole('combobox', { name: 'Lĩnh vực' }).selectOption({ label: 'Hạ tầng cụm công nghiệp' });
  await form.getByRole('textbox', { name: 'Nội dung câu hỏi' }).fill(`Cụm công nghiệp Gián Khẩu đã có nước sạch cho nhà máy chưa? (${marker})`);
  await citizen.waitForTimeout(HUMAN_PAUSE_MS);
  await form.getByRole('button', { name: 'Gửi câu hỏi' }).click();
  const code = (await citizen.getByTestId('ma-tra-cuu').textContent())!.trim();
  expect(code).toMatch(/^HD-\w{5}-\w{5}$/);

  // Before the answer: the status only.
  await citizen.goto(`/hoi-dap/tra-cuu?ma=${code.toLowerCase().replace(/-/g, ' ')}`);
  await expect(citizen.getByTestId('tinh-trang')).toHaveText('Đã tiếp nhận');

  const staff = await (await browser.newContext()).newPage();
  await signIn(staff, 'EDITOR', '/quan-tri/hoi-dap');
  await staff.getByRole('link', { name: new RegExp(marker) }).click();
  await waitForHydration(staff);
  await expect(staff.getByText('hong.nhung@example.com')).toBeVisible();
  await staff.getByRole('button', { name: 'Giao xử lý' }).click();
  await expect(staff.getByText('Đã giao xử lý câu hỏi.')).toBeVisible();
  await citizen.reload();
  await expect(citizen.getByTestId('tinh-trang')).toHaveText('Đang xử lý');

  const answerForm = staff.getByRole('form', { name: 'Trả lời câu hỏi' });
  const title = `Nước sạch tại CCN Gián Khẩu ${marker}`;
  await answerForm.getByRole('textbox', { name: 'Tiêu đề câu hỏi (hiển thị công khai)' }).fill(title);
  const editor = answerForm.getByRole('textbox', { name: 'Câu trả lời' });
  await editor.click();
  await editor.pressSequentially('Nhà máy nước Gián Khẩu cấp nước sạch từ tháng 6/2026.');
  await answerForm.getByRole('checkbox', { name: /Công khai câu hỏi và câu trả lời/ }).check();
  await answerForm.getByRole('button', { name: 'Lưu câu trả lời' }).click();
  await expect(staff.getByText('Đã lưu câu trả lời và công khai trên cổng thông tin.')).toBeVisible();
  const [row] = await sql<{ slug: string; status: string }>('SELECT slug, status FROM questions WHERE code = $1', [code]);
  expect(row?.status).toBe('ANSWERED');
  expect(await sql('SELECT email FROM question_notifications n JOIN questions q ON q.id = n.question_id WHERE q.code = $1', [code])).toEqual([
    { email: 'hong.nhung@example.com' },
  ]);

  // By code: the answer, nothing about the asker.
  await citizen.goto(`/hoi-dap/tra-cuu?ma=${code}`);
  await expect(citizen.getByTestId('tinh-trang')).toHaveText('Đã trả lời');
  await expect(citizen.getByText('Nhà máy nước Gián Khẩu cấp nước sạch từ tháng 6/2026.')).toBeVisible();
  const lookupText = await citizen.locator('main').textContent();
  expect(lookupText).not.toMatch(/Phạm|Nhung|example\.com|0987/);

  // In the public list, by topic and by words without accents, then its own page.
  await citizen.goto(`/hoi-dap?q=${encodeURIComponent('nuoc sach ' + marker)}`);
  await citizen.getByRole('link', { name: title }).click();
  await expect(citizen).toHaveURL(`/hoi-dap/${row!.slug}`);
  await expect(citizen.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(citizen.getByText('Phạm T. H. N.', { exact: false })).toBeVisible();
  const publicHtml = await citizen.content();
  // The phone as typed or as digits (a bare '0987' also occurs inside random ids).
  expect(publicHtml).not.toMatch(/hong\.nhung|0987 654 321|0987654321|Hồng Nhung/);
  const jsonLd = JSON.parse((await citizen.locator('script[type="application/ld+json"]').first().textContent())!);
  expect(jsonLd).toMatchObject({ '@type': 'QAPage', mainEntity: { '@type': 'Question', name: title, acceptedAnswer: { '@type': 'Answer' } } });
  await citizen.goto('/hoi-dap?linh_vuc=ha-tang');
  await expect(citizen.getByRole('link', { name: title })).toBeVisible();

  for (const path of ['/hoi-dap', '/hoi-dap/gui-cau-hoi', `/hoi-dap/tra-cuu?ma=${code}`, `/hoi-dap/${row!.slug}`]) {
    await citizen.goto(path);
    await expectNoAxeViolations(citizen);
    await expectValidHtml(request, path);
  }
});

test('a wrong or unknown code is answered in Vietnamese; an unknown question is a 404', async ({ page }) => {
  await page.goto('/hoi-dap/tra-cuu?ma=abc');
  await expect(page.getByRole('status')).toHaveText('Mã tra cứu không đúng dạng. Mã có dạng HD-XXXXX-XXXXX.');
  await page.goto('/hoi-dap/tra-cuu?ma=HD-00000-00000');
  await expect(page.getByRole('status')).toHaveText('Không tìm thấy câu hỏi với mã này. Vui lòng kiểm tra lại mã tra cứu.');
  const missing = await page.goto('/hoi-dap/khong-co-cau-hoi-nay');
  expect(missing?.status()).toBe(404);
});
