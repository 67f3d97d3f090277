import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures/portal-data';

test('the menu and the HTML sitemap lead to the new sections; the XML sitemap lists their pages', async ({ page, request }) => {
  await page.goto('/');
  const menu = page.getByRole('navigation', { name: 'Menu chính' });
  await expect(menu.getByRole('link', { name: 'Thủ tục hành chính' })).toHaveAttribute('href', '/thu-tuc-hanh-chinh');
  await expect(menu.getByRole('link', { name: 'Công khai thông tin' })).toHaveAttribute('href', '/cong-khai');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Sơ đồ trang' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sơ đồ trang');
  await expectNoAxeViolations(page);
  const map = page.getByRole('navigation', { name: 'Sơ đồ trang' });
  for (const name of [
    'Thủ tục hành chính',
    'Công khai thông tin',
    'Văn bản pháp quy',
    'Bản đồ cụm công nghiệp',
    'Chức năng, nhiệm vụ',
    'Lịch sử hình thành',
    'Cơ cấu tổ chức',
    'Lãnh đạo',
  ])
    await expect(map.getByRole('link', { name, exact: true })).toBeVisible();
  await map.getByRole('link', { name: 'Thủ tục hành chính', exact: true }).click();
  await expect(page).toHaveURL(/\/thu-tuc-hanh-chinh$/);

  const xml = await (await request.get('/sitemap.xml')).text();
  for (const path of [
    '/thu-tuc-hanh-chinh</loc>',
    '/thu-tuc-hanh-chinh/thue-dat-trong-cum-cong-nghiep</loc>',
    '/cong-khai</loc>',
    '/cong-khai/du-toan-ngan-sach-2026</loc>',
    '/so-do-trang</loc>',
    '/co-cau-to-chuc</loc>',
    '/lanh-dao</loc>',
    '/lich-su-hinh-thanh</loc>',
  ])
    expect(xml).toContain(path);
});
